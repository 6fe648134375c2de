/**
 * Huisinstellingen (functioneel beheer): the house's name, branding colours, triage schedule and
 * the cadence of the governance meetings, loaded from the configuration into the database and
 * edited here with PATCH /api/v1/house and If-Match (412 when someone else saved first). The text
 * colour is checked live against the primary colour (WCAG 2.1, 4.5:1); a colour pair that fails
 * cannot be saved. After saving, the shared house query is updated, so the header shows the new
 * name and colours at once.
 */
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CADENCE_FIELDS,
  HOUSE_KEY,
  HOUSE_SETTINGS_KEY,
  type House,
  updateHouse,
  useHouseSettings,
  type VersionedHouse,
} from '../../api/house';
import { ApiError, errorCode } from '../../api/problem';
import { shownError, useReauth } from '../../auth/reauth';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';
import { ColourField, WeekdayField } from './HouseFields';
import {
  brandingContrast,
  CADENCE_LIMITS,
  COLOUR_FIELDS,
  type FieldProblem,
  fieldsInDetail,
  formatRatio,
  type HouseField,
  type HouseFormValues,
  houseChanges,
  houseFormValues,
  MIN_TEXT_CONTRAST,
  normaliseColour,
  validateHouseForm,
} from './houseForm';

const FIELD_ORDER: readonly HouseField[] = [
  'name',
  'shortName',
  ...COLOUR_FIELDS,
  'triageWeekday',
  'triageTime',
  'deadlineWeekday',
  'deadlineTime',
  ...CADENCE_FIELDS,
];

function problemMessage(t: TFunction, field: HouseField, problem: FieldProblem, language?: string): string {
  const label = t(`pages.house.fields.${field}`);
  switch (problem.kind) {
    case 'required':
      return t('pages.house.errors.required', { label });
    case 'length':
      return t('pages.house.errors.length', { label, min: problem.min, max: problem.max });
    case 'colour':
      return t('pages.house.errors.colour', { label });
    case 'contrast':
      return t('pages.house.errors.contrast', {
        ratio: formatRatio(problem.ratio, language),
        minimum: formatRatio(MIN_TEXT_CONTRAST, language),
      });
    case 'weekday':
      return t('pages.house.errors.weekday', { label });
    case 'time':
      return t('pages.house.errors.time', { label });
    case 'range':
      return t('pages.house.errors.range', { label, min: problem.min, max: problem.max });
  }
}

/** A sample of the header: the house name in the text colour on the primary colour. */
function BrandPreview({ values, name }: { values: HouseFormValues; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const primary = normaliseColour(values.primaryColor);
  const secondary = normaliseColour(values.secondaryColor);
  const text = normaliseColour(values.textOnPrimary);
  useEffect(() => {
    // Through the CSSOM: the CSP forbids style attributes.
    const style = ref.current?.style;
    if (!style) return;
    if (primary) style.setProperty('--ketenhuis-preview-primary', primary);
    if (secondary) style.setProperty('--ketenhuis-preview-secondary', secondary);
    if (text) style.setProperty('--ketenhuis-preview-text', text);
  }, [primary, secondary, text]);
  return (
    <div ref={ref} className="ketenhuis-brand-preview" aria-hidden="true">
      {name}
    </div>
  );
}

interface HouseFormProps {
  current: VersionedHouse;
  onSaved: (saved: VersionedHouse) => void;
  onReload: () => void;
  onNothingChanged: () => void;
}

function HouseForm({ current, onSaved, onReload, onNothingChanged }: HouseFormProps) {
  const { t, i18n } = useTranslation();
  const withReauth = useReauth();
  const { house, etag } = current;
  const baseId = useId();
  const idOf = (field: HouseField) => `${baseId}-${field}`;
  const [values, setValues] = useState<HouseFormValues>(() => houseFormValues(house));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<HouseField, string>>>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const language = i18n.resolvedLanguage;
  const contrast = brandingContrast(values);

  const set =
    <F extends HouseField>(field: F) =>
    (value: HouseFormValues[F]) =>
      setValues((previous) => ({ ...previous, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = validateHouseForm(values);
    const messages: Partial<Record<HouseField, string>> = {};
    for (const field of FIELD_ORDER) {
      const problem = problems[field];
      if (problem) messages[field] = problemMessage(t, field, problem, language);
    }
    setFieldErrors(messages);
    setReference(undefined);
    setStale(false);
    const summary = FIELD_ORDER.flatMap((field) => {
      const message = messages[field];
      return message ? [{ message, fieldId: idOf(field) }] : [];
    });
    if (summary.length > 0) {
      setErrors(summary);
      return;
    }
    if (etag === null) {
      setErrors([{ message: t('problems.codes.precondition-required') }]);
      setStale(true);
      return;
    }
    const changes = houseChanges(values, house);
    if (Object.keys(changes).length === 0) {
      setErrors([]);
      onNothingChanged();
      return;
    }
    setBusy(true);
    try {
      onSaved(await withReauth(() => updateHouse(etag, changes)));
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const code = errorCode(visible);
      setStale(code === 'precondition-failed' || code === 'precondition-required');
      const named =
        code === 'validation' && visible instanceof ApiError ? fieldsInDetail(visible.problem?.detail) : [];
      const refused: Partial<Record<HouseField, string>> = {};
      for (const field of named)
        refused[field] = t('pages.house.errors.refused', { label: t(`pages.house.fields.${field}`) });
      setFieldErrors(refused);
      setErrors([
        ...apiFormErrors(t, visible),
        ...named.map((field) => ({ message: refused[field] as string, fieldId: idOf(field) })),
      ]);
      setReference(apiErrorReference(t, visible));
    }
  };

  const contrastId = `${baseId}-contrast`;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
      <FormErrorSummary
        heading={t('pages.house.errorHeading')}
        headingLevel={2}
        errors={errors}
        footnote={reference}
      />
      {stale && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('pages.house.reload')}
          </Button>
        </ButtonGroup>
      )}

      <Fieldset className="ketenhuis-fieldset ketenhuis-settings-group">
        <FieldsetLegend>{t('pages.house.sections.names')}</FieldsetLegend>
        <TextField
          id={idOf('name')}
          label={t('pages.house.fields.name')}
          description={t('pages.house.descriptions.name')}
          autoComplete="off"
          required
          maxLength={200}
          value={values.name}
          error={fieldErrors.name}
          onChange={(event) => set('name')(event.target.value)}
        />
        <TextField
          id={idOf('shortName')}
          label={t('pages.house.fields.shortName')}
          description={t('pages.house.descriptions.shortName')}
          autoComplete="off"
          required
          maxLength={60}
          value={values.shortName}
          error={fieldErrors.shortName}
          onChange={(event) => set('shortName')(event.target.value)}
        />
      </Fieldset>

      <Fieldset className="ketenhuis-fieldset ketenhuis-settings-group">
        <FieldsetLegend>{t('pages.house.sections.colours')}</FieldsetLegend>
        <Paragraph>{t('pages.house.descriptions.colours')}</Paragraph>
        {COLOUR_FIELDS.map((field) => (
          <ColourField
            key={field}
            id={idOf(field)}
            label={t(`pages.house.fields.${field}`)}
            description={field === 'textOnPrimary' ? t('pages.house.descriptions.textOnPrimary') : undefined}
            value={values[field]}
            error={fieldErrors[field]}
            onChange={set(field)}
          />
        ))}
        <div id={contrastId} aria-live="polite" className="ketenhuis-contrast">
          {contrast === null ? (
            <Paragraph>{t('pages.house.contrast.unknown')}</Paragraph>
          ) : (
            <Paragraph className={contrast.sufficient ? undefined : 'ketenhuis-contrast--fail'}>
              <strong>
                {contrast.sufficient
                  ? t('pages.house.contrast.ok', {
                      ratio: formatRatio(contrast.ratio, language),
                      minimum: formatRatio(MIN_TEXT_CONTRAST, language),
                    })
                  : t('pages.house.contrast.fail', {
                      ratio: formatRatio(contrast.ratio, language),
                      minimum: formatRatio(MIN_TEXT_CONTRAST, language),
                    })}
              </strong>
            </Paragraph>
          )}
        </div>
        <BrandPreview values={values} name={values.name.trim() || house.name} />
      </Fieldset>

      <Fieldset className="ketenhuis-fieldset ketenhuis-settings-group">
        <FieldsetLegend>{t('pages.house.sections.triage')}</FieldsetLegend>
        <Paragraph>{t('pages.house.descriptions.triage', { timezone: house.timezone })}</Paragraph>
        <WeekdayField
          id={idOf('triageWeekday')}
          label={t('pages.house.fields.triageWeekday')}
          value={values.triageWeekday}
          error={fieldErrors.triageWeekday}
          onChange={set('triageWeekday')}
        />
        <TextField
          id={idOf('triageTime')}
          type="time"
          label={t('pages.house.fields.triageTime')}
          description={t('pages.house.descriptions.time')}
          required
          value={values.triageTime}
          error={fieldErrors.triageTime}
          onChange={(event) => set('triageTime')(event.target.value)}
        />
        <WeekdayField
          id={idOf('deadlineWeekday')}
          label={t('pages.house.fields.deadlineWeekday')}
          value={values.deadlineWeekday}
          error={fieldErrors.deadlineWeekday}
          onChange={set('deadlineWeekday')}
        />
        <TextField
          id={idOf('deadlineTime')}
          type="time"
          label={t('pages.house.fields.deadlineTime')}
          description={t('pages.house.descriptions.time')}
          required
          value={values.deadlineTime}
          error={fieldErrors.deadlineTime}
          onChange={(event) => set('deadlineTime')(event.target.value)}
        />
      </Fieldset>

      <Fieldset className="ketenhuis-fieldset ketenhuis-settings-group">
        <FieldsetLegend>{t('pages.house.sections.cadence')}</FieldsetLegend>
        {CADENCE_FIELDS.map((field) => {
          const [min, max] = CADENCE_LIMITS[field];
          return (
            <TextField
              key={field}
              id={idOf(field)}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              label={t(`pages.house.fields.${field}`)}
              description={t(`pages.house.descriptions.${field}`, { min, max })}
              required
              value={values[field]}
              error={fieldErrors[field]}
              onChange={(event) => set(field)(event.target.value)}
            />
          );
        })}
      </Fieldset>

      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('pages.house.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The shared house (header, branding) from a saved house, without the settings-only parts. */
const sharedHouse = ({ house }: VersionedHouse): House => ({
  slug: house.slug,
  name: house.name,
  shortName: house.shortName,
  centrumgemeente: house.centrumgemeente,
  branding: house.branding,
  mode: house.mode,
});

export function HouseSettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useHouseSettings();
  const [status, setStatus] = useState<string | null>(null);

  const saved = (result: VersionedHouse) => {
    if (result.etag !== null) queryClient.setQueryData(HOUSE_SETTINGS_KEY, result);
    else void queryClient.invalidateQueries({ queryKey: HOUSE_SETTINGS_KEY });
    // The header and the branding colours read the shared house: show the new values at once.
    queryClient.setQueryData(HOUSE_KEY, sharedHouse(result));
    setStatus(t('pages.house.saved'));
  };

  const reload = () => {
    setStatus(null);
    void query.refetch().then(() => setStatus(t('pages.house.reloaded')));
  };

  return (
    <>
      <PageHeading title={t('pages.house.title')} />
      <Paragraph>{t('pages.house.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer/privacyprotocollen">{t('pages.house.protocolsLink')}</RouterLink>
      </Paragraph>
      <LiveStatus message={status} />

      {query.isPending && <Paragraph role="status">{t('pages.house.loading')}</Paragraph>}
      {query.isError && !query.data && (
        <ErrorAlert
          heading={t('pages.house.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}

      {query.data &&
        (query.data.house.permissions.includes('update') ? (
          <HouseForm
            key={query.data.etag ?? query.dataUpdatedAt}
            current={query.data}
            onSaved={saved}
            onReload={reload}
            onNothingChanged={() => setStatus(t('pages.house.nothingChanged'))}
          />
        ) : (
          <>
            <Heading level={2}>{t('pages.house.readOnlyHeading')}</Heading>
            <Paragraph>{t('pages.house.readOnly')}</Paragraph>
          </>
        ))}
    </>
  );
}
