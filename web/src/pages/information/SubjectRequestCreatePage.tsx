/**
 * Registering a data-subject request at the house's contact point (Wgs; AVG Art. 15–21): its
 * kind, the person (by BSN, or by name and date of birth), what is asked and the date received,
 * from which the one-month deadline runs. The BSN goes in the POST body only and is not kept in
 * the page after sending; the new request's page opens.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REQUEST_KINDS, registerSubjectRequest, SUBJECT_KEY } from '../../api/informationSubjectRequests';
import { FormErrorSummary } from '../../layout/FormErrorSummary';
import { PageHeading } from '../../layout/PageHeading';
import { RouterButtonLink } from '../../layout/RouterButtonLink';
import { TextField } from '../../layout/TextField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { todayLocal } from '../cases/format';
import { useFlowForm } from '../cases/sections/flowForm';
import { TextAreaField } from '../cases/TextAreaField';
import { type SubjectFormState, subjectBody, subjectProblems } from './subjectForm';

const FIELDS = [
  'kind',
  'subject.bsn',
  'subject.name',
  'subject.birthDate',
  'description',
  'receivedOn',
  'subject',
];
/** The form's field keys are the paths in the request body, so server messages land at the field. */
const pathOf = (field: string) => (['bsn', 'name', 'birthDate'].includes(field) ? `subject.${field}` : field);

export function SubjectRequestCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFlowForm('subject', async () => undefined);
  const [s, setS] = useState<SubjectFormState>(() => ({
    kind: '',
    identify: 'bsn',
    bsn: '',
    name: '',
    birthDate: '',
    description: '',
    receivedOn: todayLocal(),
  }));
  const set = (patch: Partial<SubjectFormState>) => setS((v) => ({ ...v, ...patch }));
  const err = (key: string) => t(`cases.information.subject.create.errors.${key as 'kind'}`);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const p = subjectProblems(s, todayLocal());
    const checks = Object.fromEntries(Object.entries(p).map(([field, key]) => [pathOf(field), err(key)]));
    const result: { id?: string } = {};
    const ok = await form.submit(checks, FIELDS, async () => {
      result.id = (await registerSubjectRequest(subjectBody(s))).id;
    });
    if (!ok || !result.id) return;
    set({ bsn: '' });
    await queryClient.invalidateQueries({ queryKey: SUBJECT_KEY });
    navigate(`/verzoeken-betrokkenen/${result.id}`, {
      state: { notice: t('cases.information.subject.create.registered') },
    });
  };

  return (
    <>
      <PageHeading title={t('cases.information.subject.create.title')} />
      <Paragraph>{t('cases.information.subject.create.intro')}</Paragraph>
      <form noValidate onSubmit={(e) => void submit(e)} className="ketenhuis-form">
        <FormErrorSummary
          heading={t('cases.information.subject.create.errorHeading')}
          errors={form.summary}
          footnote={form.reference}
        />
        <ChoiceGroup
          type="radio"
          legend={t('cases.information.subject.create.kind')}
          firstId={form.idOf('kind')}
          error={form.error('kind')}
          options={REQUEST_KINDS.map((k) => ({ value: k, label: t(`cases.information.subject.kind.${k}`) }))}
          value={s.kind ? [s.kind] : []}
          onChange={([v]) => set({ kind: REQUEST_KINDS.find((k) => k === v) ?? '' })}
        />
        <ChoiceGroup
          type="radio"
          legend={t('cases.information.subject.create.identify')}
          firstId={form.idOf('identify')}
          options={[
            { value: 'bsn', label: t('cases.information.subject.create.byBsn') },
            { value: 'name', label: t('cases.information.subject.create.byName') },
          ]}
          value={[s.identify]}
          onChange={([v]) => set({ identify: v === 'name' ? 'name' : 'bsn' })}
        />
        {s.identify === 'bsn' ? (
          <TextField
            id={form.idOf('subject.bsn')}
            label={t('cases.information.subject.create.bsn')}
            description={t('cases.information.subject.create.bsnDescription')}
            inputMode="numeric"
            autoComplete="off"
            required
            value={s.bsn}
            error={form.error('subject.bsn')}
            onChange={(e) => set({ bsn: e.target.value })}
          />
        ) : (
          <>
            <TextField
              id={form.idOf('subject.name')}
              label={t('cases.information.subject.create.name')}
              autoComplete="off"
              required
              value={s.name}
              error={form.error('subject.name')}
              onChange={(e) => set({ name: e.target.value })}
            />
            <TextField
              id={form.idOf('subject.birthDate')}
              label={t('cases.information.subject.create.birthDate')}
              type="date"
              required
              value={s.birthDate}
              error={form.error('subject.birthDate')}
              onChange={(e) => set({ birthDate: e.target.value })}
            />
          </>
        )}
        <TextAreaField
          id={form.idOf('description')}
          label={t('cases.information.subject.create.description')}
          required
          value={s.description}
          error={form.error('description')}
          onChange={(e) => set({ description: e.target.value })}
        />
        <TextField
          id={form.idOf('receivedOn')}
          label={t('cases.information.subject.create.receivedOn')}
          description={t('cases.information.subject.create.receivedOnDescription')}
          type="date"
          required
          value={s.receivedOn}
          error={form.error('receivedOn')}
          onChange={(e) => set({ receivedOn: e.target.value })}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('cases.information.subject.create.submit')}
          </Button>
          <RouterButtonLink to="/verzoeken-betrokkenen">
            {t('cases.information.subject.create.cancel')}
          </RouterButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
