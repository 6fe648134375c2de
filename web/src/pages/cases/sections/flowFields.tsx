/**
 * Small building blocks of the case-flow sections: a labelled select in the NL Design System field
 * markup (error linked and aria-invalid), the overdue mark (a word and a symbol, not colour alone:
 * WCAG 1.4.1), and a data-list row.
 */
import {
  DataListItem,
  DataListKey,
  DataListValue,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../../../layout/FieldFrame';
import './flow.css';

interface SelectFieldProps {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  value: string;
  /** The first option, with value '' ("choose …"). */
  placeholder: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

export function SelectField({
  id,
  label,
  description,
  error,
  value,
  placeholder,
  options,
  onChange,
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} type="select" description={description} error={error}>
      {(describedBy) => (
        <Select
          id={id}
          value={value}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          <SelectOption value="">{placeholder}</SelectOption>
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </FieldFrame>
  );
}

/** "Termijn verstreken": shown next to a date that has passed. */
export function OverdueMark({ days }: { days?: number | undefined }) {
  const { t } = useTranslation();
  return (
    <strong className="ketenhuis-overdue">
      <span aria-hidden="true">⚠ </span>
      {days !== undefined && days > 0
        ? t('cases.flow.common.overdueDays', { count: days })
        : t('cases.flow.common.overdue')}
    </strong>
  );
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
