/**
 * The consent of the parties (Art. 19.1, 20.4): how many agreed, refused or have not answered yet,
 * and the answer per party. All active parties are needed; one refusal blocks.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Consents } from '../../../api/governanceMembership';
import { useFormat } from './format';
import { GovTable } from './GovTable';

export function ConsentTable({ consents, caption }: { consents: Consents; caption: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <Paragraph>
        {t('governance.consent.summary', {
          agreed: consents.agreed,
          needed: consents.needed,
          refused: consents.refused,
          missing: consents.missing,
        })}{' '}
        {consents.complete ? t('governance.consent.complete') : t('governance.consent.incomplete')}
      </Paragraph>
      {consents.items.length > 0 && (
        <GovTable
          caption={caption}
          columns={[
            t('governance.consent.party'),
            t('governance.consent.answer'),
            t('governance.consent.note'),
            t('governance.consent.recordedAt'),
          ]}
          rows={consents.items.map((c) => ({
            key: c.party.id,
            cells: [
              c.party.name,
              c.consent ? t('governance.consent.agree') : t('governance.consent.refuse'),
              c.note ?? '',
              f.moment(c.recordedAt),
            ],
          }))}
        />
      )}
    </>
  );
}
