/**
 * Filter controls for the parties table: kind and domain, each a labelled select. The table
 * updates as soon as a choice is made; the result count is announced by the page.
 */
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_DOMAINS, PARTY_KINDS, type PartyDomain, type PartyKind } from '../api/parties';

export interface PartiesFilterValue {
  kind: PartyKind | undefined;
  domain: PartyDomain | undefined;
}

interface PartiesFilterProps {
  value: PartiesFilterValue;
  onChange: (value: PartiesFilterValue) => void;
}

const ALL = '';

export function PartiesFilter({ value, onChange }: PartiesFilterProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const domainId = useId();

  return (
    <form className="ketenhuis-filter" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="ketenhuis-filter__fieldset">
        <legend className="ketenhuis-filter__legend">{t('pages.parties.filterLegend')}</legend>
        <FormField type="select" className="ketenhuis-filter__field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={kindId}>{t('pages.parties.kindLabel')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id={kindId}
              value={value.kind ?? ALL}
              onChange={(event) => {
                const kind = PARTY_KINDS.find((k) => k === event.target.value);
                onChange({ ...value, kind });
              }}
            >
              <SelectOption value={ALL}>{t('pages.parties.all')}</SelectOption>
              {PARTY_KINDS.map((kind) => (
                <SelectOption key={kind} value={kind}>
                  {t(`enums.partyKind.${kind}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
        <FormField type="select" className="ketenhuis-filter__field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={domainId}>{t('pages.parties.domainLabel')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id={domainId}
              value={value.domain ?? ALL}
              onChange={(event) => {
                const domain = PARTY_DOMAINS.find((d) => d === event.target.value);
                onChange({ ...value, domain });
              }}
            >
              <SelectOption value={ALL}>{t('pages.parties.all')}</SelectOption>
              {PARTY_DOMAINS.map((domain) => (
                <SelectOption key={domain} value={domain}>
                  {t(`enums.partyDomain.${domain}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </fieldset>
    </form>
  );
}
