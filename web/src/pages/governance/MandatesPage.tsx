/**
 * The mandates register (Art. 6.7, Bijlage 3): which party casts another party's vote in which
 * body, with the date of written confirmation; members of the body read it, its secretary records
 * and revokes. A mandate that would cover controllership of personal data is refused by the server.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  createMandate,
  MANDATE_SCOPES,
  type Mandate,
  revokeMandate,
  useMandates,
} from '../../api/governanceMeetings';
import { managedBodies, useMyGovernance } from '../../api/governanceSeats';
import { useParties } from '../../api/parties';
import { today, useFormat } from './parts/format';
import { GovForm } from './parts/GovForm';
import { GovFrame } from './parts/GovFrame';
import { GovTable } from './parts/GovTable';
import { useGovChange } from './parts/useGovChange';

export function MandatesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useMandates();
  // Only the body's secretary records a mandate there (Art. 4.6, 6.9).
  const seats = useMyGovernance().data?.value;
  const bodies = seats ? managedBodies(seats) : [];
  const parties = (useParties().data ?? []).filter((p) => p.status === 'active');
  const { status, stale, change } = useGovChange();
  const partyOptions = parties.map((p) => ({ value: p.id, label: p.name }));
  const validity = (m: Mandate): string => {
    if (m.revokedOn) return t('governance.mandate.revokedOn', { on: f.day(m.revokedOn) });
    const until = m.validUntil ? t('governance.mandate.until', { on: f.day(m.validUntil) }) : '';
    const state = m.effective ? t('governance.mandate.effective') : t('governance.mandate.notEffective');
    return `${t('governance.mandate.from', { on: f.day(m.validFrom) })}${until} (${state})`;
  };
  return (
    <GovFrame
      title={t('governance.sections.mandates.title')}
      back={{ to: '/bestuur', label: t('governance.common.back') }}
      query={query}
      status={status}
      stale={stale}
    >
      {(value) => (
        <>
          <Paragraph>{t('governance.sections.mandates.intro')}</Paragraph>
          {value.items.length === 0 ? (
            <Paragraph>{t('governance.mandate.none')}</Paragraph>
          ) : (
            <GovTable
              caption={t('governance.mandate.caption')}
              columns={[
                t('governance.mandate.mandator'),
                t('governance.mandate.mandatee'),
                t('governance.decision.body'),
                t('governance.mandate.scope'),
                t('governance.mandate.confirmedOn'),
                t('governance.mandate.validity'),
              ]}
              rows={value.items.map((m) => ({
                key: m.id,
                cells: [
                  m.mandator.name,
                  m.mandatee.name,
                  m.body.name,
                  m.scope.map((s) => t(`governance.mandate.scopes.${s}`)).join(', '),
                  f.day(m.confirmedOn) || t('governance.mandate.notConfirmed'),
                  validity(m),
                ],
              }))}
            />
          )}
          {value.items
            .filter((m) => m.permissions.includes('revoke'))
            .map((m) => (
              <GovForm
                key={m.id}
                id={`revoke-${m.id}`}
                heading={t('governance.mandate.revokeHeading', {
                  mandator: m.mandator.name,
                  mandatee: m.mandatee.name,
                  body: m.body.name,
                })}
                submit={t('governance.mandate.revoke')}
                danger
                fields={[
                  {
                    name: 'revokedOn',
                    label: t('governance.mandate.revokedOnLabel'),
                    kind: 'date',
                    initial: today(),
                  },
                ]}
                run={(v) =>
                  change(() => revokeMandate(m, v.revokedOn ?? ''), t('governance.mandate.revoked'))
                }
              />
            ))}
          {bodies.length > 0 && (
            <GovForm
              id="mandate-new"
              heading={t('governance.mandate.newHeading')}
              intro={t('governance.mandate.newIntro')}
              submit={t('governance.mandate.create')}
              fields={[
                {
                  name: 'bodyId',
                  label: t('governance.decision.body'),
                  kind: 'select',
                  options: bodies.map((b) => ({ value: b.id, label: b.name })),
                },
                {
                  name: 'mandatorPartyId',
                  label: t('governance.mandate.mandator'),
                  kind: 'select',
                  options: partyOptions,
                },
                {
                  name: 'mandateePartyId',
                  label: t('governance.mandate.mandatee'),
                  kind: 'select',
                  options: partyOptions,
                },
                {
                  name: 'scope',
                  label: t('governance.mandate.scope'),
                  kind: 'checkboxes',
                  options: MANDATE_SCOPES.map((s) => ({
                    value: s,
                    label: t(`governance.mandate.scopes.${s}`),
                  })),
                },
                {
                  name: 'description',
                  label: t('governance.mandate.description'),
                  kind: 'textarea',
                  optional: true,
                },
                {
                  name: 'confirmedOn',
                  label: t('governance.mandate.confirmedOn'),
                  kind: 'date',
                  optional: true,
                },
                {
                  name: 'validFrom',
                  label: t('governance.mandate.validFrom'),
                  kind: 'date',
                  initial: today(),
                },
                {
                  name: 'validUntil',
                  label: t('governance.mandate.validUntil'),
                  kind: 'date',
                  optional: true,
                },
              ]}
              run={(v) =>
                change(
                  () =>
                    createMandate({
                      bodyId: v.bodyId,
                      mandatorPartyId: v.mandatorPartyId,
                      mandateePartyId: v.mandateePartyId,
                      scope: (v.scope ?? '').split('\n').filter(Boolean),
                      description: v.description ?? '',
                      confirmedOn: v.confirmedOn || null,
                      validFrom: v.validFrom,
                      validUntil: v.validUntil || null,
                    }),
                  t('governance.mandate.created'),
                )
              }
            />
          )}
        </>
      )}
    </GovFrame>
  );
}
