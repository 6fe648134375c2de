/**
 * The persons of a registration (Art. 1.5, 1.7): one fieldset per person with name, BSN, date of
 * birth and address. The BSN is checked with the elfproef when the field is left, so a typing
 * error shows at once; adding or removing a person is announced and moves focus sensibly.
 */
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../layout/TextField';
import { checkBsn } from './bsn';
import { emptyPerson, type FieldPath, fieldId, type PersonDraft, type PersonField } from './registrationForm';

interface PersonsFieldsetProps {
  persons: PersonDraft[];
  onChange: (persons: PersonDraft[]) => void;
  errors: ReadonlyMap<FieldPath, string>;
  /** A one-person case offers no second person. */
  single: boolean;
  onAnnounce: (message: string) => void;
  /** BSN feedback on leaving the field: the form records it as a field error or clears it. */
  onBsnChecked: (index: number, message: string | null) => void;
}

export function PersonsFieldset({
  persons,
  onChange,
  errors,
  single,
  onAnnounce,
  onBsnChecked,
}: PersonsFieldsetProps) {
  const { t } = useTranslation();
  const set = (index: number, field: PersonField, value: string) =>
    onChange(persons.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const add = () => {
    onChange([...persons, emptyPerson()]);
    onAnnounce(t('cases.form.personAdded', { number: persons.length + 1 }));
    focusLater(fieldId(`persons.${persons.length}.name`));
  };
  const remove = (index: number) => {
    onChange(persons.filter((_, i) => i !== index));
    onAnnounce(t('cases.form.personRemoved', { number: index + 1 }));
    focusLater(fieldId(`persons.${Math.max(0, index - 1)}.name`));
  };
  const bsnFeedback = (index: number, value: string) => {
    const check = checkBsn(value);
    if (check === 'not-nine-digits') onBsnChecked(index, t('cases.form.errors.bsnDigits'));
    else if (check === 'elfproef') onBsnChecked(index, t('cases.form.errors.bsnElfproef'));
    else onBsnChecked(index, null);
  };

  return (
    <Fieldset className="ketenhuis-fieldset" aria-describedby="case-persons-description">
      <FieldsetLegend>{t('cases.form.persons')}</FieldsetLegend>
      <FormFieldDescription id="case-persons-description">
        {t('cases.form.personsDescription')}
      </FormFieldDescription>
      {persons.map((person, index) => {
        const path = (f: PersonField) => `persons.${index}.${f}` as const;
        const bsnValid = checkBsn(person.bsn) === 'valid' && !errors.get(path('bsn'));
        return (
          <Fieldset key={person.key} className="ketenhuis-fieldset ketenhuis-case-person">
            <FieldsetLegend>{t('cases.form.personLegend', { number: index + 1 })}</FieldsetLegend>
            <TextField
              id={fieldId(path('name'))}
              label={t('cases.form.name')}
              autoComplete="off"
              required
              value={person.name}
              error={errors.get(path('name'))}
              onChange={(e) => set(index, 'name', e.target.value)}
            />
            <TextField
              id={fieldId(path('bsn'))}
              label={t('cases.form.bsn')}
              description={
                bsnValid
                  ? `${t('cases.form.bsnDescription')} ${t('cases.form.bsnValid')}`
                  : t('cases.form.bsnDescription')
              }
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={person.bsn}
              error={errors.get(path('bsn'))}
              onChange={(e) => set(index, 'bsn', e.target.value)}
              onBlur={(e) => bsnFeedback(index, e.target.value)}
              className="ketenhuis-case-bsn"
            />
            <TextField
              id={fieldId(path('birthDate'))}
              label={t('cases.form.birthDate')}
              description={t('cases.form.birthDateDescription')}
              type="date"
              required
              value={person.birthDate}
              error={errors.get(path('birthDate'))}
              onChange={(e) => set(index, 'birthDate', e.target.value)}
            />
            <TextField
              id={fieldId(path('address'))}
              label={t('cases.form.address')}
              autoComplete="off"
              required
              value={person.address}
              error={errors.get(path('address'))}
              onChange={(e) => set(index, 'address', e.target.value)}
            />
            {persons.length > 1 && (
              <ButtonGroup>
                <Button type="button" appearance="subtle-button" onClick={() => remove(index)}>
                  {t('cases.form.removePerson', { number: index + 1 })}
                </Button>
              </ButtonGroup>
            )}
          </Fieldset>
        );
      })}
      {!single && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={add}>
            {t('cases.form.addPerson')}
          </Button>
        </ButtonGroup>
      )}
    </Fieldset>
  );
}
