/**
 * What the caller may do with an item, as the server's `permissions` say (Art. 12.2f, 16.2): the
 * provider changes the conditions or withdraws (confirmed in the page, not undoable); the
 * procesregisseur assesses reading before the conference; the provider then approves or refuses.
 * Each change is sent with the item's version; a 412 shows the newest version with a notice.
 */
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvePreConference, assessPreConference, withdrawItem } from '../../api/informationItemCalls';
import type { ItemSummary, PreConference } from '../../api/informationItems';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { ConditionsForm } from './ConditionsForm';
import { useItemChange } from './useItemChange';

/**
 * Art. 12.2f, reading before the conference: the procesregisseur proposes it (or takes it back),
 * and the provider approves or refuses a proposal. In this order; each shown with its permission
 * and, for the procesregisseur, only the one that fits the item's state.
 */
const PRE_CONFERENCE_BUTTONS = [
  {
    may: 'assess-pre-conference',
    shows: (state: PreConference) => state === 'not-allowed',
    send: (id: string, version: number) => assessPreConference(id, version, true),
    label: 'cases.information.preConference.allow',
    done: 'cases.information.preConference.assessed',
  },
  {
    may: 'assess-pre-conference',
    shows: (state: PreConference) => state !== 'not-allowed',
    send: (id: string, version: number) => assessPreConference(id, version, false),
    label: 'cases.information.preConference.deny',
    done: 'cases.information.preConference.assessed',
  },
  {
    may: 'approve-pre-conference',
    shows: () => true,
    send: (id: string, version: number) => approvePreConference(id, version, true),
    label: 'cases.information.preConference.approve',
    done: 'cases.information.preConference.approved',
  },
  {
    may: 'approve-pre-conference',
    shows: () => true,
    send: (id: string, version: number) => approvePreConference(id, version, false),
    label: 'cases.information.preConference.refuse',
    done: 'cases.information.preConference.refused',
  },
] as const;

interface Props {
  item: Omit<ItemSummary, 'attachmentCount'>;
  onChanged: (message: string) => Promise<void>;
  /** Heading level of the forms opened here. */
  level?: 3 | 4;
}

export function ItemControls({ item, onChanged, level = 4 }: Props) {
  const { t } = useTranslation();
  const change = useItemChange(onChanged);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const may = (a: ItemSummary['permissions'][number]) => item.permissions.includes(a);
  const pre = may('assess-pre-conference') || may('approve-pre-conference');
  if (!may('change-conditions') && !may('withdraw') && !pre) return null;

  return (
    <div className="ketenhuis-item-controls">
      {change.stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.information.stale')}</Paragraph>
        </Alert>
      )}
      {change.error !== null && (
        <ErrorAlert heading={t('cases.information.preConference.errorHeading')} error={change.error} />
      )}
      {pre && (
        <>
          <Paragraph>
            <strong>{t('cases.information.preConference.heading')}:</strong>{' '}
            {t(`cases.information.preConference.state.${item.preConference}`)}
          </Paragraph>
          <ButtonGroup>
            {PRE_CONFERENCE_BUTTONS.filter((b) => may(b.may) && b.shows(item.preConference)).map((b) => (
              <Button
                key={b.label}
                type="button"
                appearance="secondary-action-button"
                busy={change.busy}
                onClick={() => void change.run(() => b.send(item.id, item.version), t(b.done))}
              >
                {t(b.label)}
              </Button>
            ))}
          </ButtonGroup>
        </>
      )}
      {editing ? (
        <ConditionsForm
          item={item}
          level={level}
          onSaved={async (message) => {
            setEditing(false);
            await change.done(message);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
          onStale={async () => {
            setEditing(false);
            await change.markStale();
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      ) : (
        !confirming && (
          <ButtonGroup>
            {may('change-conditions') && (
              <Button
                ref={editRef}
                type="button"
                appearance="secondary-action-button"
                onClick={() => setEditing(true)}
              >
                {t('cases.information.conditions.button')}
              </Button>
            )}
            {may('withdraw') && (
              <Button
                ref={withdrawRef}
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  setConfirming(true);
                  requestAnimationFrame(() => confirmRef.current?.focus());
                }}
              >
                {t('cases.information.withdraw.button')}
              </Button>
            )}
          </ButtonGroup>
        )
      )}
      {confirming && (
        <div className="ketenhuis-confirm">
          <Paragraph>{t('cases.information.withdraw.text')}</Paragraph>
          <Paragraph>
            <strong>{t('cases.information.withdraw.confirm')}</strong>
          </Paragraph>
          <ButtonGroup>
            <Button
              ref={confirmRef}
              type="button"
              appearance="primary-action-button"
              hint="danger"
              busy={change.busy}
              onClick={() =>
                void change
                  .run(() => withdrawItem(item.id, item.version), t('cases.information.withdraw.done'))
                  .then(() => setConfirming(false))
              }
            >
              {t('cases.information.withdraw.yes')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => withdrawRef.current?.focus());
              }}
            >
              {t('cases.information.withdraw.no')}
            </Button>
          </ButtonGroup>
        </div>
      )}
    </div>
  );
}
