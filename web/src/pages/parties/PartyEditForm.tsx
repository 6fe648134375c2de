/**
 * Changing a party (functioneel beheer): its name and domain, sent with If-Match so that two
 * administrators cannot overwrite each other unnoticed; a 412/428 offers to load the current
 * version. Status is not here: it follows accession, termination and exclusion (Art. 20, 23).
 */
import { Button, ButtonGroup, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTY_DOMAINS, type PartyDomain, updateParty, type VersionedParty } from '../../api/parties';
import { errorCode } from '../../api/problem';
import { shownError, useReauth } from '../../auth/reauth';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { FieldFrame } from '../../layout/FieldFrame';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { TextField } from '../../layout/TextField';
import { NAME_LIMITS, partyChanges, partyNameProblem } from './partyForm';

interface PartyEditFormProps {
  current: VersionedParty;
  onSaved: (saved: VersionedParty) => void;
  onReload: () => void;
  onNothingChanged: () => void;
  /** A new attempt to save: the page clears its previous status message. */
  onAttempt: () => void;
}

export function PartyEditForm({
  current,
  onSaved,
  onReload,
  onNothingChanged,
  onAttempt,
}: PartyEditFormProps) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const { party, etag } = current;
  const ids = { name: useId(), domain: useId() };
  const [name, setName] = useState(party.name);
  const [domain, setDomain] = useState<PartyDomain>(party.domain);
  const [nameError, setNameError] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    onAttempt();
    const problem = partyNameProblem(name);
    const message =
      problem === 'required'
        ? t('pages.parties.edit.nameRequired')
        : problem === 'length'
          ? t('pages.parties.edit.nameLength', { min: NAME_LIMITS[0], max: NAME_LIMITS[1] })
          : undefined;
    setNameError(message);
    setReference(undefined);
    setStale(false);
    if (message) {
      setErrors([{ message, fieldId: ids.name }]);
      return;
    }
    if (etag === null) {
      setErrors([{ message: t('problems.codes.precondition-required') }]);
      setStale(true);
      return;
    }
    const changes = partyChanges(party, { name, domain });
    if (Object.keys(changes).length === 0) {
      setErrors([]);
      onNothingChanged();
      return;
    }
    setBusy(true);
    try {
      const saved = await withReauth(() => updateParty(party.id, etag, changes));
      // The form stays (and so does focus on its button): it now shows what was stored.
      setName(saved.party.name);
      setDomain(saved.party.domain);
      setErrors([]);
      setBusy(false);
      onSaved(saved);
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const code = errorCode(visible);
      setStale(code === 'precondition-failed' || code === 'precondition-required');
      setErrors(apiFormErrors(t, visible));
      setReference(apiErrorReference(t, visible));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
      <FormErrorSummary
        heading={t('pages.parties.edit.errorHeading')}
        headingLevel={3}
        errors={errors}
        footnote={reference}
      />
      {stale && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('pages.parties.edit.reload')}
          </Button>
        </ButtonGroup>
      )}
      <TextField
        id={ids.name}
        label={t('pages.parties.edit.name')}
        autoComplete="organization"
        required
        value={name}
        error={nameError}
        onChange={(event) => setName(event.target.value)}
      />
      <FieldFrame
        id={ids.domain}
        label={t('pages.parties.edit.domain')}
        type="select"
        description={t('pages.parties.edit.domainDescription')}
      >
        {(describedBy) => (
          <Select
            id={ids.domain}
            value={domain}
            aria-describedby={describedBy}
            onChange={(event) => setDomain(PARTY_DOMAINS.find((d) => d === event.target.value) ?? domain)}
          >
            {PARTY_DOMAINS.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`enums.partyDomain.${value}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </FieldFrame>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('pages.parties.edit.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
