/**
 * Lidmaatschappen: the governance bodies a user sits in (Stuurgroep, Partneroverleg,
 * jaarvergadering) as member, chair or secretary, and for members and chairs of a party the
 * parties whose vote they cast (their own party by default; others by mandate, Art. 6.7). Saved
 * as a whole with PUT and If-Match; when the server refuses by its rules, its explanations are
 * shown translated where the UI knows them, else as the server wrote them.
 */
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Body,
  putMemberships,
  useBodies,
  useMemberships,
  type VersionedMemberships,
} from '../../api/memberships';
import { type Party, useParties } from '../../api/parties';
import { ApiError, errorCode, errorMessageKey } from '../../api/problem';
import type { User } from '../../api/users';
import { shownError, useReauth } from '../../auth/reauth';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import {
  type BodyChoice,
  castsVotes,
  choicesFor,
  chooseRole,
  type MembershipForm,
  membershipForm,
  membershipPayload,
  membershipReasons,
} from './memberships';

function refusedErrors(t: TFunction, error: unknown, partyName: (id: string) => string): FormError[] {
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  const reasons = errorCode(error) === 'validation' ? membershipReasons(detail) : [];
  if (reasons.length === 0) return apiFormErrors(t, error);
  return [
    { message: t(errorMessageKey(error)) },
    ...reasons.map((reason) => ({
      message:
        reason.code === 'other'
          ? reason.text
          : t(`pages.users.memberships.reasons.${reason.code}`, {
              party: reason.partyId ? partyName(reason.partyId) : '',
            }),
    })),
  ];
}

interface VotesProps {
  baseId: string;
  body: Body;
  votes: readonly string[];
  ownParty: Party | undefined;
  others: readonly Party[];
  onChange: (votes: string[]) => void;
}

function VoteCheckboxes({ baseId, body, votes, ownParty, others, onChange }: VotesProps) {
  const { t } = useTranslation();
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...votes, id] : votes.filter((v) => v !== id));
  const box = (party: Party) => {
    const id = `${baseId}-${body.id}-vote-${party.id}`;
    return (
      <FormField key={party.id} type="checkbox" className="ketenhuis-choice">
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel type="checkbox" htmlFor={id}>
            <Checkbox
              id={id}
              className="utrecht-form-field__input"
              checked={votes.includes(party.id)}
              onChange={(event) => toggle(party.id, event.target.checked)}
            />
            {party.name}
          </FormLabel>
        </div>
      </FormField>
    );
  };
  const otherCount = others.filter((p) => votes.includes(p.id)).length;
  const descriptionId = `${baseId}-${body.id}-votes-description`;
  return (
    <Fieldset aria-describedby={descriptionId} className="ketenhuis-fieldset ketenhuis-votes">
      <FieldsetLegend>{t('pages.users.memberships.votes', { body: body.name })}</FieldsetLegend>
      <FormFieldDescription id={descriptionId}>
        {t('pages.users.memberships.votesDescription', { count: votes.length })}
      </FormFieldDescription>
      {ownParty && box(ownParty)}
      <details className="ketenhuis-disclosure" open={otherCount > 0 || undefined}>
        <summary>{t('pages.users.memberships.otherParties', { count: otherCount })}</summary>
        {others.map(box)}
      </details>
    </Fieldset>
  );
}

interface FormProps {
  user: User;
  bodies: readonly Body[];
  parties: readonly Party[];
  current: VersionedMemberships;
  onSaved: (saved: VersionedMemberships) => void;
  onReload: () => void;
  onNothingChanged: () => void;
}

function MembershipsForm({ user, bodies, parties, current, onSaved, onReload, onNothingChanged }: FormProps) {
  const { t, i18n } = useTranslation();
  const withReauth = useReauth();
  const baseId = useId();
  const kind = user.organisation.kind;
  const ownPartyId = user.organisation.partyId;
  const initial = useMemo(() => membershipForm(current.items, bodies), [current.items, bodies]);
  const [form, setForm] = useState<MembershipForm>(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const names = new Map(parties.map((p) => [p.id, p.name]));
  for (const m of current.items) for (const p of m.votesFor) if (!names.has(p.id)) names.set(p.id, p.name);
  const partyName = (id: string) => names.get(id) ?? id;

  // Votes can only be cast for active parties; parties already chosen stay visible.
  const chosen = new Set(Object.values(form).flatMap((row) => row.votes));
  const collator = new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base', numeric: true });
  const ownParty: Party | undefined =
    parties.find((p) => p.id === ownPartyId) ??
    (ownPartyId
      ? {
          id: ownPartyId,
          key: ownPartyId,
          name: user.organisation.name,
          kind: 'partner',
          domain: 'care',
          status: 'active',
        }
      : undefined);
  const others = parties
    .filter((p) => p.id !== ownPartyId && (p.status === 'active' || chosen.has(p.id)))
    .sort((a, b) => collator.compare(a.name, b.name));

  const update = (bodyId: string, next: Partial<MembershipForm[string]>) =>
    setForm((previous) => ({
      ...previous,
      [bodyId]: { ...(previous[bodyId] ?? { role: 'none', votes: [] }), ...next },
    }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setReference(undefined);
    setStale(false);
    if (current.etag === null) {
      setErrors([{ message: t('problems.codes.precondition-required') }]);
      setStale(true);
      return;
    }
    const items = membershipPayload(form, bodies, kind);
    if (JSON.stringify(items) === JSON.stringify(membershipPayload(initial, bodies, kind))) {
      setErrors([]);
      onNothingChanged();
      return;
    }
    const etag = current.etag;
    setBusy(true);
    try {
      onSaved(await withReauth(() => putMemberships(user.id, etag, items)));
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const code = errorCode(visible);
      setStale(code === 'precondition-failed' || code === 'precondition-required');
      setErrors(refusedErrors(t, visible, partyName));
      setReference(apiErrorReference(t, visible));
    }
  };

  const choices = choicesFor(kind);
  const roleLabel = (choice: BodyChoice) => t(`pages.users.memberships.role.${choice}`);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
      <FormErrorSummary
        heading={t('pages.users.memberships.errorHeading')}
        headingLevel={3}
        errors={errors}
        footnote={reference}
      />
      {stale && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('pages.users.memberships.reload')}
          </Button>
        </ButtonGroup>
      )}
      {bodies.map((body) => {
        const row = form[body.id] ?? { role: 'none', votes: [] };
        const descriptionId = `${baseId}-${body.id}-description`;
        return (
          <div key={body.id} className="ketenhuis-membership">
            <Fieldset aria-describedby={descriptionId} className="ketenhuis-fieldset">
              <FieldsetLegend>{body.name}</FieldsetLegend>
              <FormFieldDescription id={descriptionId}>
                {t('pages.users.memberships.article', { article: body.article })}
              </FormFieldDescription>
              <div className="ketenhuis-inline-choices">
                {choices.map((choice) => {
                  const id = `${baseId}-${body.id}-${choice}`;
                  return (
                    <FormField key={choice} type="radio" className="ketenhuis-choice">
                      <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                        <FormLabel type="radio" htmlFor={id}>
                          <RadioButton
                            id={id}
                            name={`${baseId}-${body.id}-role`}
                            value={choice}
                            className="utrecht-form-field__input"
                            checked={row.role === choice}
                            onChange={() => update(body.id, chooseRole(row, choice, kind, ownPartyId))}
                          />
                          {roleLabel(choice)}
                        </FormLabel>
                      </div>
                    </FormField>
                  );
                })}
              </div>
            </Fieldset>
            {castsVotes(row.role, kind) && (
              <VoteCheckboxes
                baseId={baseId}
                body={body}
                votes={row.votes}
                ownParty={ownParty}
                others={others}
                onChange={(votes) => update(body.id, { votes })}
              />
            )}
          </div>
        );
      })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('pages.users.memberships.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface SectionProps {
  user: User;
  onSaved: (saved: VersionedMemberships) => void;
  onStatus: (message: string | null) => void;
}

export function MembershipsSection({ user, onSaved, onStatus }: SectionProps) {
  const { t } = useTranslation();
  const memberships = useMemberships(user.id);
  const bodies = useBodies();
  const parties = useParties();
  const editable = user.permissions.includes('update');

  const reload = () => {
    onStatus(null);
    void memberships.refetch().then(() => onStatus(t('pages.users.memberships.reloaded')));
  };

  const failed = [
    { query: memberships, heading: t('pages.users.memberships.loadError') },
    { query: bodies, heading: t('pages.users.memberships.bodiesError') },
    { query: parties, heading: t('pages.users.form.partiesError') },
  ].filter(({ query }) => query.isError && !query.data);

  return (
    <>
      <Paragraph>
        {user.organisation.kind === 'house'
          ? t('pages.users.memberships.introHouse')
          : t('pages.users.memberships.introParty', { party: user.organisation.name })}
      </Paragraph>
      {(memberships.isPending || bodies.isPending || parties.isPending) && failed.length === 0 && (
        <Paragraph role="status">{t('pages.users.memberships.loading')}</Paragraph>
      )}
      {failed.map(({ query, heading }) => (
        <ErrorAlert
          key={heading}
          heading={heading}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      ))}
      {memberships.data &&
        bodies.data &&
        parties.data &&
        (editable ? (
          <MembershipsForm
            key={memberships.data.etag ?? memberships.dataUpdatedAt}
            user={user}
            bodies={bodies.data}
            parties={parties.data}
            current={memberships.data}
            onSaved={onSaved}
            onReload={reload}
            onNothingChanged={() => onStatus(t('pages.users.edit.nothingChanged'))}
          />
        ) : (
          <ul className="ketenhuis-plain-list">
            {memberships.data.items.length === 0 ? (
              <li>{t('pages.users.memberships.none')}</li>
            ) : (
              memberships.data.items.map((m) => (
                <li key={m.id}>
                  {t('pages.users.memberships.summary', {
                    body: m.body.name,
                    role: t(`pages.users.memberships.role.${m.role}`),
                  })}
                </li>
              ))
            )}
          </ul>
        ))}
    </>
  );
}
