/**
 * Inputs of the house settings form that TextField does not cover: a colour (a native colour
 * picker next to a text box, so the value can be typed or pasted as well as picked) and a weekday
 * select. Both follow the NL Design System form-field markup, with description and error linked.
 */
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../api/house';
import { normaliseColour } from './houseForm';

interface ColourFieldProps {
  id: string;
  label: string;
  description?: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

export function ColourField({ id, label, description, value, error, onChange }: ColourFieldProps) {
  const { t } = useTranslation();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  // The picker only takes #rrggbb: while the text is not a colour, it keeps showing black.
  const picked = normaliseColour(value) ?? '#000000';
  return (
    <FormField type="text" invalid={Boolean(error)} className="ketenhuis-field ketenhuis-colour-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input ketenhuis-colour-field__inputs">
        <input
          type="color"
          className="ketenhuis-colour-field__picker"
          value={picked}
          aria-label={t('pages.house.colours.picker', { label })}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <Textbox
          id={id}
          className="ketenhuis-colour-field__text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          invalid={Boolean(error)}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </FormField>
  );
}

interface WeekdayFieldProps {
  id: string;
  label: string;
  value: Weekday;
  error?: string | undefined;
  onChange: (value: Weekday) => void;
}

export function WeekdayField({ id, label, value, error, onChange }: WeekdayFieldProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <FormField type="select" invalid={Boolean(error)} className="ketenhuis-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          value={value}
          invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            const day = WEEKDAYS.find((d) => d === event.target.value);
            if (day) onChange(day);
          }}
        >
          {WEEKDAYS.map((day) => (
            <SelectOption key={day} value={day}>
              {t(`enums.weekday.${day}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
