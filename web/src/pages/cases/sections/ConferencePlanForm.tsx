/**
 * Planning a case conference (Art. 8.2, 12.2c–e): date and times, a place or an online link, the
 * goal, the types of decision to take, the themes, and per invited party the contribution asked
 * and the named participants. Only parties the case's privacy protocol admits are offered (the
 * server refuses others); the parties the triage chose are invited to begin with. Participants are
 * chosen by name from the server's candidates (the active professionals of each admitted party);
 * those who already worked on the case come first, with what they did as the option's description.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planConference, useParticipantCandidates } from '../../../api/caseFlowConference';
import { namedCandidates } from '../../../api/caseFlowPeople';
import { splitList } from '../../../api/caseFlowTriage';
import { TextField } from '../../../layout/TextField';
import { ChoiceGroup } from '../ChoiceGroup';
import { TextAreaField } from '../TextAreaField';
import { ConferenceTimeFields, type ConferenceTimes, checkConferenceTimes } from './ConferenceTimes';
import { FlowFormFrame } from './FlowFormFrame';
import { outcomeOf, useAdmittedParties, useCasePeople } from './flowData';
import { useFlowForm } from './flowForm';
import type { CaseSectionProps } from './types';

interface Props extends CaseSectionProps {
  onCancel: () => void;
}

interface Invite {
  contribution: string;
  participants: string[];
}

export function ConferencePlanForm({ value: c, onChanged, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFlowForm('plan', onStale);
  const admitted = useAdmittedParties(c);
  const { people, label } = useCasePeople(c);
  const offered = useParticipantCandidates(c.id, true);
  const candidates = namedCandidates(offered.data?.parties ?? [], people);
  const [times, setTimes] = useState<ConferenceTimes>({ date: '', start: '', end: '' });
  const [location, setLocation] = useState('');
  const [onlineLink, setOnlineLink] = useState('');
  const outcome = outcomeOf(c);
  const [goal, setGoal] = useState(outcome?.goal ?? '');
  const [decisionTypes, setDecisionTypes] = useState('');
  const [themes, setThemes] = useState(outcome?.themes.join('\n') ?? '');
  const [invited, setInvited] = useState<string[]>(outcome?.partyIds ?? []);
  const [invites, setInvites] = useState<Record<string, Invite>>({});
  const selected = admitted.parties.filter((p) => invited.includes(p.id));
  const inviteOf = (id: string): Invite => invites[id] ?? { contribution: '', participants: [] };
  const setInvite = (id: string, change: Partial<Invite>) =>
    setInvites((all) => ({ ...all, [id]: { ...inviteOf(id), ...change } }));
  const fields = [
    'date',
    'startsAt',
    'endsAt',
    'location',
    'onlineLink',
    'goal',
    'decisionTypes',
    'themes',
    'invitations',
    ...selected.flatMap((_, i) => [
      `invitations.${i}.partyId`,
      `invitations.${i}.contribution`,
      `invitations.${i}.participantUserIds`,
    ]),
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { startsAt, endsAt, checks: timeChecks } = checkConferenceTimes(t, times);
    const checks: Record<string, string | false> = {
      ...timeChecks,
      location: !location.trim() && !onlineLink.trim() && t('cases.flow.plan.errors.place'),
      onlineLink:
        onlineLink.trim() !== '' &&
        !/^https:\/\/\S+$/.test(onlineLink.trim()) &&
        t('cases.flow.plan.errors.link'),
      goal: !goal.trim() && t('cases.flow.plan.errors.goal'),
      decisionTypes: splitList(decisionTypes).length === 0 && t('cases.flow.plan.errors.decisionTypes'),
      invitations: selected.length === 0 && t('cases.flow.plan.errors.invitations'),
    };
    selected.forEach((p, i) => {
      checks[`invitations.${i}.contribution`] =
        !inviteOf(p.id).contribution.trim() && t('cases.flow.plan.errors.contribution', { party: p.name });
    });
    await form.submit(checks, fields, async () => {
      await planConference(c.id, {
        startsAt: startsAt ?? '',
        endsAt: endsAt ?? '',
        location: location.trim() || null,
        onlineLink: onlineLink.trim() || null,
        goal: goal.trim(),
        decisionTypes: splitList(decisionTypes),
        themes: splitList(themes),
        invitations: selected.map((p) => ({
          partyId: p.id,
          contribution: inviteOf(p.id).contribution.trim(),
          participantUserIds: inviteOf(p.id).participants,
        })),
      });
      await onChanged(t('cases.flow.plan.done'));
    });
  };

  return (
    <FlowFormFrame
      form={form}
      headingId="plan-heading"
      heading={t('cases.flow.plan.heading')}
      intro={t('cases.flow.plan.intro')}
      submitLabel={t('cases.flow.plan.submit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ConferenceTimeFields
        form={form}
        value={times}
        onChange={(change) => setTimes((v) => ({ ...v, ...change }))}
      />
      <TextField
        id={form.idOf('location')}
        label={t('cases.flow.plan.location')}
        description={t('cases.flow.plan.placeDescription')}
        value={location}
        error={form.error('location')}
        onChange={(e) => setLocation(e.target.value)}
      />
      <TextField
        id={form.idOf('onlineLink')}
        label={t('cases.flow.plan.onlineLink')}
        type="url"
        value={onlineLink}
        error={form.error('onlineLink')}
        onChange={(e) => setOnlineLink(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('goal')}
        label={t('cases.flow.plan.goal')}
        description={t('cases.flow.plan.goalDescription')}
        required
        value={goal}
        error={form.error('goal')}
        onChange={(e) => setGoal(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('decisionTypes')}
        label={t('cases.flow.plan.decisionTypes')}
        description={t('cases.flow.common.listDescription')}
        required
        rows={3}
        value={decisionTypes}
        error={form.error('decisionTypes')}
        onChange={(e) => setDecisionTypes(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('themes')}
        label={t('cases.flow.plan.themes')}
        description={t('cases.flow.common.listDescription')}
        rows={2}
        value={themes}
        error={form.error('themes')}
        onChange={(e) => setThemes(e.target.value)}
      />
      <ChoiceGroup
        type="checkbox"
        legend={t('cases.flow.plan.invitations')}
        description={t('cases.flow.plan.invitationsDescription')}
        firstId={form.idOf('invitations')}
        error={form.error('invitations')}
        columns
        options={admitted.parties.map((p) => ({ value: p.id, label: p.name }))}
        value={invited}
        onChange={setInvited}
      />
      {selected.map((p, i) => {
        const named = candidates.get(p.id) ?? [];
        return (
          <fieldset key={p.id} className="ketenhuis-flow-fieldset utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {t('cases.flow.plan.inviteLegend', { party: p.name })}
            </legend>
            <TextAreaField
              id={form.idOf(`invitations.${i}.contribution`)}
              label={t('cases.flow.plan.contribution', { party: p.name })}
              description={t('cases.flow.plan.contributionDescription')}
              required
              rows={2}
              value={inviteOf(p.id).contribution}
              error={form.error(`invitations.${i}.contribution`) ?? form.error(`invitations.${i}.partyId`)}
              onChange={(e) => setInvite(p.id, { contribution: e.target.value })}
            />
            {offered.isPending || offered.isError || named.length === 0 ? (
              <Paragraph small id={form.idOf(`invitations.${i}.participantUserIds`)}>
                {offered.isPending
                  ? t('cases.flow.plan.candidatesLoading')
                  : offered.isError
                    ? t('cases.flow.plan.candidatesError')
                    : t('cases.flow.plan.noCandidates')}
              </Paragraph>
            ) : (
              <ChoiceGroup
                type="checkbox"
                legend={t('cases.flow.plan.participants', { party: p.name })}
                description={t('cases.flow.plan.participantsDescription')}
                firstId={form.idOf(`invitations.${i}.participantUserIds`)}
                error={form.error(`invitations.${i}.participantUserIds`)}
                options={named.map((person) => ({
                  value: person.userId,
                  label: person.displayName,
                  description: person.known && label(person.known),
                }))}
                value={inviteOf(p.id).participants}
                onChange={(v) => setInvite(p.id, { participants: v })}
              />
            )}
          </fieldset>
        );
      })}
    </FlowFormFrame>
  );
}
