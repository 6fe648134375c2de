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
import type { ItemSummary } from '../../api/informationItems';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { ConditionsForm } from './ConditionsForm';
import { useItemChange } from './useItemChange';

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
            {may('assess-pre-conference') && item.preConference === 'not-allowed' && (
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={change.busy}
                onClick={() =>
                  void change.run(
                    () => assessPreConference(item.id, item.version, true),
                    t('cases.information.preConference.assessed'),
                  )
                }
              >
                {t('cases.information.preConference.allow')}
              </Button>
            )}
            {may('assess-pre-conference') && item.preConference !== 'not-allowed' && (
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={change.busy}
                onClick={() =>
                  void change.run(
                    () => assessPreConference(item.id, item.version, false),
                    t('cases.information.preConference.assessed'),
                  )
                }
              >
                {t('cases.information.preConference.deny')}
              </Button>
            )}
            {may('approve-pre-conference') && (
              <>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  busy={change.busy}
                  onClick={() =>
                    void change.run(
                      () => approvePreConference(item.id, item.version, true),
                      t('cases.information.preConference.approved'),
                    )
                  }
                >
                  {t('cases.information.preConference.approve')}
                </Button>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  busy={change.busy}
                  onClick={() =>
                    void change.run(
                      () => approvePreConference(item.id, item.version, false),
                      t('cases.information.preConference.refused'),
                    )
                  }
                >
                  {t('cases.information.preConference.refuse')}
                </Button>
              </>
            )}
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
