/**
 * Recording a request to accede (Art. 20.1–20.2) with what Bijlage 1 needs: the organisation, its
 * seat and office, its representative, how it contributes to the aims of Art. 2, and the
 * Partneroverleg member it was made to. The secretary records it; the workflow page follows.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createAccession } from '../../api/governanceMembership';
import { PARTY_DOMAINS, PARTY_KINDS } from '../../api/parties';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { today } from './parts/format';
import { GovForm } from './parts/GovForm';
import { usePartneroverlegMembers } from './parts/usePartneroverlegMembers';
import './governance.css';

/** A party key from its name: lower case, digits and dashes (what the server accepts). */
export function keyFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

export function AccessionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const members = usePartneroverlegMembers();
  const a = (k: string) => t(`governance.accession.fields.${k}` as 'governance.accession.fields.name');
  return (
    <>
      <PageHeading title={t('governance.accession.new')} />
      <Paragraph>
        <RouterLink to="/bestuur/toetredingen">{t('governance.accession.backToList')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('governance.accession.createIntro')}</Paragraph>
      <GovForm
        id="accession-new"
        heading={t('governance.accession.requestHeading')}
        submit={t('governance.accession.create')}
        fields={[
          { name: 'name', label: a('name') },
          { name: 'key', label: a('key'), optional: true, description: a('keyHelp') },
          {
            name: 'kind',
            label: a('kind'),
            kind: 'select',
            options: PARTY_KINDS.map((k) => ({ value: k, label: t(`enums.partyKind.${k}`) })),
            initial: 'partner',
          },
          {
            name: 'domain',
            label: a('domain'),
            kind: 'select',
            options: PARTY_DOMAINS.map((k) => ({ value: k, label: t(`enums.partyDomain.${k}`) })),
          },
          { name: 'seat', label: a('seat') },
          { name: 'officeAddress', label: a('officeAddress') },
          { name: 'representativeName', label: a('representativeName') },
          { name: 'representativeFunction', label: a('representativeFunction') },
          { name: 'motivation', label: a('motivation'), kind: 'textarea', description: a('motivationHelp') },
          {
            name: 'receivedVia',
            label: a('receivedVia'),
            kind: 'select',
            options: members.map((m) => ({ value: m.id, label: m.name })),
          },
          { name: 'receivedOn', label: a('receivedOn'), kind: 'date', initial: today() },
        ]}
        run={async (v) => {
          const created = await createAccession({
            organisation: {
              key: v.key || keyFromName(v.name ?? ''),
              name: v.name ?? '',
              kind: v.kind ?? '',
              domain: v.domain ?? '',
            },
            seat: v.seat ?? '',
            officeAddress: v.officeAddress ?? '',
            representative: { name: v.representativeName ?? '', function: v.representativeFunction ?? '' },
            motivation: v.motivation ?? '',
            receivedViaUserId: v.receivedVia ?? '',
            receivedOn: v.receivedOn ?? '',
          });
          navigate(`/bestuur/toetredingen/${created.value.id}`);
        }}
      />
    </>
  );
}
