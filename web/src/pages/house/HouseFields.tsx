/**
 * Inputs of the house settings form that TextField does not cover: a colour (a native colour
 * picker next to a text box, so the value can be typed or pasted as well as picked) and a weekday
 * select. Both follow the NL Design System form-field markup, with description and error linked.
 */
import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../api/house';
import { FieldFrame } from '../../layout/FieldFrame';
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
  // The picker only takes #rrggbb: while the text is not a colour, it keeps showing black.
  const picked = normaliseColour(value) ?? '#000000';
  return (
    <FieldFrame
      id={id}
      label={label}
      type="text"
      description={description}
      error={error}
      className="ketenhuis-colour-field"
      inputClassName="ketenhuis-colour-field__inputs"
    >
      {(describedBy) => (
        <>
          <input
            type="color"
            className="ketenhuis-colour-field__picker"
            value={picked}
            aria-label={t('pages.house.colours.picker', { label })}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
          <Textbox
            id={id}
            className="ketenhuis-colour-field__text"
            autoComplete="off"
            spellCheck={false}
            value={value}
            invalid={Boolean(error)}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
    </FieldFrame>
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
  return (
    <FieldFrame id={id} label={label} type="select" error={error}>
      {(describedBy) => (
        <Select
          id={id}
          value={value}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
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
      )}
    </FieldFrame>
  );
}
