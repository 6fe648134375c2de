/**
 * The fields of a registration other than the persons (Art. 1.7): case type, reason, goal, the
 * partners already involved, the privacy protocol (only those the user's party is admitted to,
 * Art. 15.3), whether the person was informed (and if not, why not) and the self-check of the four
 * Bijlage 2 criteria.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_TYPES, type CaseType, CRITERIA } from '../../../api/cases';
import { useAdmittedProtocols } from '../../../api/casesRequests';
import { useParties } from '../../../api/parties';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { ChoiceGroup } from '../ChoiceGroup';
import { TextAreaField } from '../TextAreaField';
import { type FieldPath, fieldId, type RegistrationDraft } from './registrationForm';

interface Props {
  draft: RegistrationDraft;
  set: (changes: Partial<RegistrationDraft>) => void;
  errors: ReadonlyMap<FieldPath, string>;
}

export function CaseTypeField({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      type="radio"
      legend={t('cases.form.caseType')}
      firstId={fieldId('caseType')}
      error={errors.get('caseType')}
      options={CASE_TYPES.map((type) => ({
        value: type,
        label: t(`cases.caseType.${type}`),
        description: t(`cases.caseTypeDescription.${type}`),
      }))}
      value={draft.caseType === '' ? [] : [draft.caseType]}
      onChange={([value]) => set({ caseType: (value ?? '') as CaseType | '' })}
    />
  );
}

export function ReasonGoalFields({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={fieldId('reason')}
        label={t('cases.form.reason')}
        description={t('cases.form.reasonDescription')}
        required
        value={draft.reason}
        error={errors.get('reason')}
        onChange={(e) => set({ reason: e.target.value })}
      />
      <TextAreaField
        id={fieldId('goal')}
        label={t('cases.form.goal')}
        description={t('cases.form.goalDescription')}
        required
        value={draft.goal}
        error={errors.get('goal')}
        onChange={(e) => set({ goal: e.target.value })}
      />
    </>
  );
}

export function PartnersField({ draft, set, errors }: Props) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const parties = useParties();
  const ownParty = user?.organisation.partyId ?? null;
  const options = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base', numeric: true });
    return (parties.data ?? [])
      .filter((p) => p.id !== ownParty && (p.status === 'active' || draft.partnersInvolved.includes(p.id)))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((p) => ({ value: p.id, label: p.name }));
  }, [parties.data, i18n.resolvedLanguage, ownParty, draft.partnersInvolved]);
  if (parties.isPending) return <Paragraph role="status">{t('cases.form.partnersLoading')}</Paragraph>;
  if (parties.isError)
    return (
      <ErrorAlert
        heading={t('cases.form.partnersError')}
        error={parties.error}
        onRetry={() => void parties.refetch()}
        retryLabel={t('auth.retry')}
      />
    );
  return (
    <ChoiceGroup
      type="checkbox"
      columns
      legend={t('cases.form.partners')}
      description={t('cases.form.partnersDescription')}
      firstId={fieldId('partnersInvolved')}
      error={errors.get('partnersInvolved')}
      options={options}
      value={draft.partnersInvolved}
      onChange={(partnersInvolved) => set({ partnersInvolved })}
    />
  );
}

export function ProtocolField({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const protocols = useAdmittedProtocols(user?.organisation.partyId ?? null);
  if (protocols.isPending) return <Paragraph role="status">{t('cases.form.protocolsLoading')}</Paragraph>;
  if (protocols.isError)
    return (
      <ErrorAlert
        heading={t('cases.form.protocolsError')}
        error={protocols.error}
        onRetry={() => void protocols.refetch()}
        retryLabel={t('auth.retry')}
      />
    );
  if (protocols.data.length === 0) return <Paragraph>{t('cases.form.protocolsNone')}</Paragraph>;
  return (
    <ChoiceGroup
      type="radio"
      legend={t('cases.form.protocol')}
      description={t('cases.form.protocolDescription')}
      firstId={fieldId('protocolKey')}
      error={errors.get('protocolKey')}
      options={protocols.data.map((p) => ({ value: p.key, label: p.name }))}
      value={draft.protocolKey === '' ? [] : [draft.protocolKey]}
      onChange={([protocolKey]) => set({ protocolKey: protocolKey ?? '' })}
    />
  );
}

export function InformedFields({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        type="radio"
        legend={t('cases.form.informed')}
        firstId={fieldId('informed')}
        error={errors.get('informed')}
        options={[
          { value: 'yes', label: t('cases.form.informedYes') },
          { value: 'no', label: t('cases.form.informedNo') },
        ]}
        value={draft.informed === '' ? [] : [draft.informed]}
        onChange={([informed]) => set({ informed: informed === 'yes' || informed === 'no' ? informed : '' })}
      />
      {draft.informed === 'no' && (
        <TextAreaField
          id={fieldId('notInformedReason')}
          label={t('cases.form.notInformedReason')}
          required
          value={draft.notInformedReason}
          error={errors.get('notInformedReason')}
          onChange={(e) => set({ notInformedReason: e.target.value })}
        />
      )}
    </>
  );
}

export function CriteriaField({ draft, set, errors }: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      type="checkbox"
      legend={t('cases.form.criteria')}
      description={t('cases.form.criteriaDescription')}
      firstId={fieldId('criteria')}
      error={errors.get('criteria')}
      options={CRITERIA.map((c) => ({
        value: c,
        label: t(`cases.criteria.${c}.label`),
        description: t(`cases.criteria.${c}.description`),
      }))}
      value={CRITERIA.filter((c) => draft.criteria[c])}
      onChange={(ticked) =>
        set({
          criteria: {
            areaSafetyProblem: ticked.includes('areaSafetyProblem'),
            impactOnSystem: ticked.includes('impactOnSystem'),
            multipleChainsNeeded: ticked.includes('multipleChainsNeeded'),
            multiproblem: ticked.includes('multiproblem'),
          },
        })
      }
    />
  );
}
