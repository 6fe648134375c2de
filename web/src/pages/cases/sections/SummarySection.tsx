/**
 * The registration at a glance (Art. 1.7): phase, type, privacy protocol, who registered it (party,
 * and the professional by name when the case names them, issue 5) and when, reason and goal,
 * partners already involved, whether the person was informed, and who holds the procesregie
 * (Art. 12.1).
 */
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nameDirectory, userNamesOf } from '../../../api/caseFlowNames';
import { useProtocols } from '../../../api/casesRequests';
import { useParties } from '../../../api/parties';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../i18n/format';
import type { CaseSectionProps } from './types';

export function SummarySection({ value: c }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const parties = useParties();
  const protocols = useProtocols();
  const language = i18n.resolvedLanguage;
  const partyName = (id: string) => parties.data?.find((p) => p.id === id)?.name ?? '…';
  const names = nameDirectory(userNamesOf(c.raw));
  const registering = names.get(c.registeringUserId);
  const regieLine = (name: string | undefined, text: string) =>
    name ? t('cases.page.summary.regieNamed', { name, text }) : text;
  const item = (key: string, label: string, content: ReactNode) => (
    <DataListItem key={key}>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{content}</DataListValue>
    </DataListItem>
  );
  return (
    <section aria-labelledby="case-summary-heading">
      <Heading level={2} id="case-summary-heading">
        {t('cases.page.summary.heading')}
      </Heading>
      <DataList className="ketenhuis-data-list">
        {item('status', t('cases.page.summary.status'), t(`cases.status.${c.status}`))}
        {item('type', t('cases.page.summary.caseType'), t(`cases.caseType.${c.caseType}`))}
        {item(
          'protocol',
          t('cases.page.summary.protocol'),
          protocols.data?.find((p) => p.key === c.protocolKey)?.name ?? c.protocolKey,
        )}
        {item('party', t('cases.page.summary.registeringParty'), partyName(c.registeringPartyId))}
        {registering &&
          item(
            'registering-user',
            t('cases.page.summary.registeringUser'),
            c.registeringUserId === user?.id
              ? `${registering.displayName} ${t('cases.page.summary.you')}`
              : registering.displayName,
          )}
        {item('created', t('cases.page.summary.created'), formatDateTime(c.createdAt, language))}
        {c.submittedAt &&
          item('submitted', t('cases.page.summary.submitted'), formatDateTime(c.submittedAt, language))}
        {item(
          'reason',
          t('cases.page.summary.reason'),
          <span className="ketenhuis-case-text">{c.reason}</span>,
        )}
        {item('goal', t('cases.page.summary.goal'), <span className="ketenhuis-case-text">{c.goal}</span>)}
        {item(
          'partners',
          t('cases.page.summary.partners'),
          c.partnersInvolved.length > 0
            ? c.partnersInvolved.map(partyName).join(', ')
            : t('cases.page.summary.partnersNone'),
        )}
        {item(
          'informed',
          t('cases.page.summary.informed'),
          c.informed
            ? t('cases.page.summary.informedYes')
            : t('cases.page.summary.informedNo', { reason: c.notInformedReason ?? '' }),
        )}
        {item(
          'regie',
          t('cases.page.summary.regie'),
          c.procesregisseurs.length === 0 ? (
            t('cases.page.summary.regieNone')
          ) : (
            <ul className="ketenhuis-plain-list">
              {c.procesregisseurs.map((r) => (
                <li key={r.userId}>
                  {regieLine(
                    names.get(r.userId)?.displayName,
                    r.reason
                      ? t('cases.page.summary.regieTakenOver', {
                          date: formatDateTime(r.assignedAt, language),
                          reason: r.reason,
                        })
                      : t('cases.page.summary.regieSince', { date: formatDateTime(r.assignedAt, language) }),
                  )}
                  {r.userId === user?.id && ` ${t('cases.page.summary.you')}`}
                </li>
              ))}
            </ul>
          ),
        )}
      </DataList>
    </section>
  );
}
