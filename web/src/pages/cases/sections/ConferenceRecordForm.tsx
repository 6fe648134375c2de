/**
 * Recording a held conference (Art. 8.4, 9.1, 13.1): who was present, the case coordinator (a
 * present participant), the integrated action plan (actions with owner party, description, due
 * date and the information items each is based on — only items the procesregisseur may see whose
 * providers allow their use in the plan, Art. 16.2), each invited party's role and information needs, the de-escalation criteria, and minutes
 * of agreements (not opinions). If-Match carries the case's version: recording moves the case on.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conference, holdConference } from '../../../api/caseFlowConference';
import { useCitableItems } from '../../../api/informationItemCalls';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import { TextField } from '../../../layout/TextField';
import { ChoiceGroup } from '../ChoiceGroup';
import { todayLocal } from '../format';
import { TextAreaField } from '../TextAreaField';
import { CitationPicker } from './CitationPicker';
import { useCasePeople, usePartyNames } from './flowData';
import { SelectField } from './flowFields';
import { useFlowForm } from './flowForm';
import type { CaseSectionProps } from './types';

interface Props extends CaseSectionProps {
  conference: Conference;
  onCancel: () => void;
}

interface ActionRow {
  key: number;
  ownerPartyId: string;
  description: string;
  dueDate: string;
  /** The information items the action is based on (Art. 16.2). */
  citedItemIds: string[];
}

const emptyAction = (key: number): ActionRow => ({
  key,
  ownerPartyId: '',
  description: '',
  dueDate: '',
  citedItemIds: [],
});

export function ConferenceRecordForm({ conference: conf, value: c, onChanged, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFlowForm(`record-${conf.sequence}`, onStale);
  const partyName = usePartyNames();
  const { labelId } = useCasePeople(c);
  const participants = conf.invitations.flatMap((i) =>
    i.participants.map((p) => ({ ...p, partyId: i.partyId })),
  );
  const [present, setPresent] = useState<string[]>(participants.map((p) => p.userId));
  const [coordinator, setCoordinator] = useState('');
  const [actions, setActions] = useState<ActionRow[]>([emptyAction(0)]);
  // Art. 16.2: what an action may cite — the items the recorder sees that their providers allow.
  const citable = useCitableItems(c.id);
  const [roles, setRoles] = useState<Record<string, { role: string; needs: string }>>({});
  const [criteria, setCriteria] = useState('');
  const [minutes, setMinutes] = useState('');
  const parties = conf.invitations.map((i) => i.partyId);
  const roleOf = (id: string) => roles[id] ?? { role: '', needs: '' };
  const setAction = (key: number, change: Partial<ActionRow>) =>
    setActions((all) => all.map((a) => (a.key === key ? { ...a, ...change } : a)));
  const fields = [
    'attendance',
    'coordinatorUserId',
    'actions',
    'deescalationCriteria',
    'minutes',
    ...actions.flatMap((_, i) => [
      `actions.${i}.ownerPartyId`,
      `actions.${i}.description`,
      `actions.${i}.dueDate`,
      `actions.${i}.citedItemIds`,
    ]),
    ...parties.flatMap((_, i) => [
      `partyRoles.${i}.role`,
      `partyRoles.${i}.informationNeeds`,
      `partyRoles.${i}.partyId`,
    ]),
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const today = todayLocal();
    const checks: Record<string, string | false> = {
      coordinatorUserId: !coordinator
        ? t('cases.flow.record.errors.coordinator')
        : !present.includes(coordinator) && t('cases.flow.record.errors.coordinatorAbsent'),
      actions: actions.length === 0 && t('cases.flow.record.errors.actions'),
    };
    actions.forEach((a, i) => {
      const n = i + 1;
      checks[`actions.${i}.ownerPartyId`] = !a.ownerPartyId && t('cases.flow.record.errors.owner', { n });
      checks[`actions.${i}.description`] =
        !a.description.trim() && t('cases.flow.record.errors.description', { n });
      checks[`actions.${i}.dueDate`] = !a.dueDate
        ? t('cases.flow.record.errors.due', { n })
        : a.dueDate < today && t('cases.flow.record.errors.duePast', { n });
    });
    parties.forEach((id, i) => {
      checks[`partyRoles.${i}.role`] =
        !roleOf(id).role.trim() && t('cases.flow.record.errors.role', { party: partyName(id) });
      checks[`partyRoles.${i}.informationNeeds`] =
        !roleOf(id).needs.trim() && t('cases.flow.record.errors.needs', { party: partyName(id) });
    });
    checks.deescalationCriteria = !criteria.trim() && t('cases.flow.record.errors.criteria');
    checks.minutes = !minutes.trim() && t('cases.flow.record.errors.minutes');
    await form.submit(checks, fields, async () => {
      await holdConference(c.id, conf.id, c.version, {
        attendance: participants.map((p) => ({ userId: p.userId, present: present.includes(p.userId) })),
        coordinatorUserId: coordinator,
        actions: actions.map((a) => ({
          ownerPartyId: a.ownerPartyId,
          description: a.description.trim(),
          dueDate: a.dueDate,
          citedItemIds: a.citedItemIds,
        })),
        partyRoles: parties.map((id) => ({
          partyId: id,
          role: roleOf(id).role.trim(),
          informationNeeds: roleOf(id).needs.trim(),
        })),
        deescalationCriteria: criteria.trim(),
        minutes: minutes.trim(),
      });
      await onChanged(t('cases.flow.record.done'));
    });
  };

  const nextKey = () => Math.max(-1, ...actions.map((a) => a.key)) + 1;
  const headingId = `record-${conf.id}-heading`;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="ketenhuis-form" aria-labelledby={headingId}>
      <Heading level={4} id={headingId}>
        {t('cases.flow.record.formHeading')}
      </Heading>
      <Paragraph>{t('cases.flow.record.intro')}</Paragraph>
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      {participants.length > 0 && (
        <ChoiceGroup
          type="checkbox"
          legend={t('cases.flow.record.attendance')}
          description={t('cases.flow.record.attendanceDescription')}
          firstId={form.idOf('attendance')}
          error={form.error('attendance')}
          options={participants.map((p) => ({ value: p.userId, label: labelId(p.userId) }))}
          value={present}
          onChange={setPresent}
        />
      )}
      <SelectField
        id={form.idOf('coordinatorUserId')}
        label={t('cases.flow.record.coordinator')}
        description={t('cases.flow.record.coordinatorDescription')}
        error={form.error('coordinatorUserId')}
        value={coordinator}
        placeholder={t('cases.flow.common.choose')}
        options={participants
          .filter((p) => present.includes(p.userId))
          .map((p) => ({ value: p.userId, label: labelId(p.userId) }))}
        onChange={setCoordinator}
      />
      <Heading level={5} id={form.idOf('actions')} tabIndex={-1}>
        {t('cases.flow.record.actions')}
      </Heading>
      {form.error('actions') && <Paragraph>{form.error('actions')}</Paragraph>}
      {actions.map((a, i) => (
        <fieldset key={a.key} className="ketenhuis-flow-fieldset utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">
            {t('cases.flow.record.actionLegend', { n: i + 1 })}
          </legend>
          <SelectField
            id={form.idOf(`actions.${i}.ownerPartyId`)}
            label={t('cases.flow.record.owner')}
            error={form.error(`actions.${i}.ownerPartyId`)}
            value={a.ownerPartyId}
            placeholder={t('cases.flow.common.choose')}
            options={parties.map((id) => ({ value: id, label: partyName(id) }))}
            onChange={(v) => setAction(a.key, { ownerPartyId: v })}
          />
          <TextAreaField
            id={form.idOf(`actions.${i}.description`)}
            label={t('cases.flow.record.description')}
            required
            rows={2}
            value={a.description}
            error={form.error(`actions.${i}.description`)}
            onChange={(e) => setAction(a.key, { description: e.target.value })}
          />
          <TextField
            id={form.idOf(`actions.${i}.dueDate`)}
            label={t('cases.flow.record.due')}
            type="date"
            required
            value={a.dueDate}
            error={form.error(`actions.${i}.dueDate`)}
            onChange={(e) => setAction(a.key, { dueDate: e.target.value })}
          />
          <CitationPicker
            query={citable}
            firstId={form.idOf(`actions.${i}.citedItemIds`)}
            legend={t('cases.flow.citations.legendAction', { n: i + 1 })}
            value={a.citedItemIds}
            onChange={(ids) => setAction(a.key, { citedItemIds: ids })}
            error={form.error(`actions.${i}.citedItemIds`)}
          />
          {actions.length > 1 && (
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => setActions((all) => all.filter((x) => x.key !== a.key))}
            >
              {t('cases.flow.record.removeAction', { n: i + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => setActions((all) => [...all, emptyAction(nextKey())])}
        >
          {t('cases.flow.record.addAction')}
        </Button>
      </ButtonGroup>
      <Heading level={5}>{t('cases.flow.record.roles')}</Heading>
      {parties.map((id, i) => (
        <fieldset key={id} className="ketenhuis-flow-fieldset utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{partyName(id)}</legend>
          <TextAreaField
            id={form.idOf(`partyRoles.${i}.role`)}
            label={t('cases.flow.record.role', { party: partyName(id) })}
            required
            rows={2}
            value={roleOf(id).role}
            error={form.error(`partyRoles.${i}.role`) ?? form.error(`partyRoles.${i}.partyId`)}
            onChange={(e) => setRoles((all) => ({ ...all, [id]: { ...roleOf(id), role: e.target.value } }))}
          />
          <TextAreaField
            id={form.idOf(`partyRoles.${i}.informationNeeds`)}
            label={t('cases.flow.record.needs', { party: partyName(id) })}
            required
            rows={2}
            value={roleOf(id).needs}
            error={form.error(`partyRoles.${i}.informationNeeds`)}
            onChange={(e) => setRoles((all) => ({ ...all, [id]: { ...roleOf(id), needs: e.target.value } }))}
          />
        </fieldset>
      ))}
      <TextAreaField
        id={form.idOf('deescalationCriteria')}
        label={t('cases.flow.record.criteria')}
        description={t('cases.flow.record.criteriaDescription')}
        required
        value={criteria}
        error={form.error('deescalationCriteria')}
        onChange={(e) => setCriteria(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('minutes')}
        label={t('cases.flow.record.minutes')}
        description={t('cases.flow.record.minutesDescription')}
        required
        value={minutes}
        error={form.error('minutes')}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.flow.record.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.flow.common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
