/**
 * What the caller can do with the case now, exactly as the server's `permissions` say (hide what
 * it would refuse): change or submit a draft (Art. 1.7), pick up, accept with reasoning, reject
 * with reason and advice (Art. 12.2a), withdraw with a reason (Art. 1.7), take over the procesregie
 * with a reason (Art. 12.1). Each opens a confirm-in-page form; every call sends If-Match with the
 * loaded version, and a 412 makes the page reload the case and say why.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../api/cases';
import { etagOf, type Transition, transitionCase } from '../../../api/casesRequests';
import { errorCode } from '../../../api/problem';
import { RouterButtonLink } from '../../../layout/RouterButtonLink';
import { type ActionField, ActionForm } from './ActionForm';
import type { CaseSectionProps } from './types';

export const CASE_ACTIONS = ['submit', 'pick-up', 'accept', 'reject', 'withdraw', 'take-over'] as const;
export type CaseActionName = (typeof CASE_ACTIONS)[number];

const DANGER: readonly CaseActionName[] = ['reject', 'withdraw'];

/** The transition an action's form values stand for. */
export function transitionOf(action: CaseActionName, v: Record<string, string>): Transition {
  switch (action) {
    case 'submit':
    case 'pick-up':
      return { action };
    case 'accept':
      return { action, reasoning: v.reasoning ?? '' };
    case 'reject':
      return { action, reason: v.reason ?? '', advice: v.advice ?? '' };
    case 'withdraw':
    case 'take-over':
      return { action, reason: v.reason ?? '' };
  }
}

/** Whether the section has anything to offer. */
export const hasActions = (permissions: readonly string[]) =>
  permissions.includes('edit') || CASE_ACTIONS.some((a) => permissions.includes(a));

export function ActionsSection({ value: c, onChanged, onStale }: CaseSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CaseActionName | null>(null);
  const buttons = useRef(new Map<CaseActionName, HTMLButtonElement>());
  const available = CASE_ACTIONS.filter((a) => can(c, a));

  const fieldsOf = (action: CaseActionName): ActionField[] => {
    switch (action) {
      case 'accept':
        return [
          {
            name: 'reasoning',
            label: t('cases.actions.accept.field'),
            fieldName: t('cases.actions.accept.fieldName'),
            description: t('cases.actions.accept.description'),
          },
        ];
      case 'reject':
        return [
          {
            name: 'reason',
            label: t('cases.actions.reject.field'),
            fieldName: t('cases.actions.reject.fieldName'),
          },
          {
            name: 'advice',
            label: t('cases.actions.reject.advice'),
            fieldName: t('cases.actions.reject.adviceName'),
            description: t('cases.actions.reject.adviceDescription'),
          },
        ];
      case 'withdraw':
      case 'take-over':
        return [
          {
            name: 'reason',
            label: t(`cases.actions.${action}.field`),
            fieldName: t(`cases.actions.${action}.fieldName`),
          },
        ];
      default:
        return [];
    }
  };

  const close = (action: CaseActionName) => {
    setOpen(null);
    requestAnimationFrame(() => buttons.current.get(action)?.focus());
  };

  const run = async (action: CaseActionName, values: Record<string, string>) => {
    await transitionCase(c.id, etagOf(c.version), transitionOf(action, values));
    setOpen(null);
    await onChanged(t(`cases.actions.${action}.done`));
  };

  const stale = (error: unknown) => {
    if (errorCode(error) !== 'precondition-failed') return false;
    setOpen(null);
    void onStale();
    return true;
  };

  return (
    <section aria-labelledby="case-actions-heading" className="ketenhuis-case-actions">
      <Heading level={2} id="case-actions-heading">
        {t('cases.actions.heading')}
      </Heading>
      {available.length === 0 && !can(c, 'edit') && <Paragraph>{t('cases.actions.none')}</Paragraph>}
      <ButtonGroup>
        {can(c, 'edit') && (
          <RouterButtonLink to={`/casussen/${encodeURIComponent(c.id)}/wijzigen`}>
            {t('cases.actions.edit.button')}
          </RouterButtonLink>
        )}
        {available.map((action) => (
          <Button
            key={action}
            ref={(el) => {
              if (el) buttons.current.set(action, el);
            }}
            type="button"
            appearance={
              action === 'submit' || action === 'pick-up'
                ? 'primary-action-button'
                : 'secondary-action-button'
            }
            aria-expanded={open === action}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {t(`cases.actions.${action}.button`)}
          </Button>
        ))}
      </ButtonGroup>
      {open && (
        <ActionForm
          key={open}
          id={`case-action-${open}`}
          heading={t(`cases.actions.${open}.button`)}
          text={t(`cases.actions.${open}.text`)}
          fields={fieldsOf(open)}
          confirm={t(`cases.actions.${open}.confirm`)}
          danger={DANGER.includes(open)}
          run={(values) => run(open, values)}
          handled={stale}
          onCancel={() => close(open)}
        />
      )}
    </section>
  );
}
