/**
 * The case conferences of a case (Art. 8, 12.2c–f, 1.9): each planned, held or cancelled
 * conference with its record, the planning form when the server allows `plan-conference`, and
 * asking for a follow-up conference (`plan-follow-up`, the procesregisseur or the coordinator).
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planFollowUp, useConferences } from '../../../api/caseFlowConference';
import { can } from '../../../api/cases';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { ActionForm, reasonField } from './ActionForm';
import { ConferenceCard } from './ConferenceCard';
import { ConferencePlanForm } from './ConferencePlanForm';
import { CONFERENCE_ON } from './flowData';
import { useStaleHandler } from './flowForm';
import type { CaseSectionProps } from './types';

export const showsConferences = (c: CaseSectionProps['value']) => CONFERENCE_ON.includes(c.status);

export function ConferenceSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const query = useConferences(c.id, true);
  const [planning, setPlanning] = useState(false);
  const [followUp, setFollowUp] = useState(false);
  const items = [...(query.data?.items ?? [])].reverse();
  const stale = useStaleHandler(onStale, () => setFollowUp(false));
  return (
    <section aria-labelledby="case-conferences-heading">
      <Heading level={2} id="case-conferences-heading">
        {t('cases.flow.conference.heading')}
      </Heading>
      {query.isPending && <Paragraph role="status">{t('cases.flow.common.loading')}</Paragraph>}
      {query.isError && (
        <ErrorAlert
          heading={t('cases.flow.conference.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {query.isSuccess && items.length === 0 && !can(c, 'plan-conference') && (
        <Paragraph>{t('cases.flow.conference.none')}</Paragraph>
      )}
      <ButtonGroup>
        {can(c, 'plan-conference') && !planning && (
          <Button type="button" appearance="primary-action-button" onClick={() => setPlanning(true)}>
            {t('cases.flow.conference.plan')}
          </Button>
        )}
        {can(c, 'plan-follow-up') && !followUp && (
          <Button type="button" appearance="secondary-action-button" onClick={() => setFollowUp(true)}>
            {t('cases.flow.conference.followUp')}
          </Button>
        )}
      </ButtonGroup>
      {planning && (
        <ConferencePlanForm
          value={c}
          onChanged={async (message) => {
            setPlanning(false);
            await onChanged(message);
          }}
          onStale={onStale}
          onCancel={() => setPlanning(false)}
        />
      )}
      {followUp && (
        <ActionForm
          id="conference-follow-up"
          heading={t('cases.flow.conference.followUp')}
          text={t('cases.flow.conference.followUpText')}
          fields={[reasonField(t)]}
          confirm={t('cases.flow.conference.followUpConfirm')}
          run={async (v) => {
            await planFollowUp(c.id, c.version, v.reason);
            setFollowUp(false);
            await onChanged(t('cases.flow.conference.followUpDone'));
          }}
          handled={stale}
          onCancel={() => setFollowUp(false)}
        />
      )}
      {items.map((conf) => (
        <ConferenceCard key={conf.id} conference={conf} value={c} onChanged={onChanged} onStale={onStale} />
      ))}
    </section>
  );
}
