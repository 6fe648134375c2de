/**
 * One disclosure request (Art. 9.2, 19.1): recipient, purpose, legal basis and status; per item
 * (only those the caller may see) its legal regime (Art. 15.2, DecisionTable) and its providing
 * party's decision with reasoning, and for that party's decider the decision form
 * (re-authenticated); for the requester, once every item is approved, the PDF download, and
 * cancelling while it runs. A 404 says "not found" and no more.
 */
import { Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { cancelDisclosure, exportDisclosure, useDisclosure } from '../../api/informationDisclosures';
import { errorCode } from '../../api/problem';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { ActionForm } from '../cases/sections/ActionForm';
import { Row } from '../cases/sections/flowFields';
import { DecisionTable } from './DecisionTable';
import { RecordPageFrame, useRecordPage } from './RecordPageFrame';
import './information.css';

export function DisclosurePage() {
  const { t, i18n } = useTranslation();
  const { id = '', disclosureId = '' } = useParams();
  const query = useDisclosure(id, disclosureId);
  const page = useRecordPage();
  const { change, announce } = page;
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const date = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);

  return (
    <RecordPageFrame
      query={query}
      page={page}
      texts="cases.information.disclosure.page"
      back={`/casussen/${id}`}
    >
      {(d) => (
        <>
          <section aria-labelledby="disclosure-details-heading">
            <Heading level={2} id="disclosure-details-heading">
              {t('cases.information.disclosure.page.details')}
            </Heading>
            <DataList className="ketenhuis-data-list">
              <Row label={t('cases.information.disclosure.recipient')}>{d.recipient}</Row>
              <Row label={t('cases.information.disclosure.form.purpose')}>
                <span className="ketenhuis-case-text">{d.purpose}</span>
              </Row>
              <Row label={t('cases.information.disclosure.form.legalBasis')}>
                <span className="ketenhuis-case-text">{d.legalBasis}</span>
              </Row>
              <Row label={t('cases.information.disclosure.status')}>
                {t(`cases.information.disclosure.statuses.${d.status}`)}
              </Row>
              <Row label={t('cases.information.disclosure.page.requestedAt')}>{date(d.createdAt)}</Row>
              <Row label={t('cases.information.disclosure.page.exported')}>
                {d.firstExportedAt
                  ? t('cases.information.disclosure.page.exportedTimes', {
                      count: d.exportCount,
                      date: date(d.firstExportedAt),
                    })
                  : t('cases.information.disclosure.page.notExported')}
              </Row>
            </DataList>
          </section>
          <DecisionTable
            disclosure={d}
            onDone={announce}
            onStale={async () => {
              await change.markStale();
            }}
          />
          <section aria-labelledby="disclosure-export-heading">
            <Heading level={2} id="disclosure-export-heading">
              {t('cases.information.disclosure.export.heading')}
            </Heading>
            {change.error !== null && (
              <ErrorAlert
                heading={t('cases.information.disclosure.export.errorHeading')}
                error={change.error}
              />
            )}
            {d.mayExport ? (
              <>
                <Paragraph>{t('cases.information.disclosure.export.text')}</Paragraph>
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="primary-action-button"
                    busy={change.busy}
                    onClick={() =>
                      void change.run(
                        () => exportDisclosure(d),
                        t('cases.information.disclosure.export.done'),
                      )
                    }
                  >
                    {t('cases.information.disclosure.export.button')}
                  </Button>
                </ButtonGroup>
              </>
            ) : (
              d.status === 'pending' && (
                <Paragraph>{t('cases.information.disclosure.export.waiting')}</Paragraph>
              )
            )}
            {d.mayCancel && !cancelling && (
              <ButtonGroup>
                <Button
                  ref={cancelRef}
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => setCancelling(true)}
                >
                  {t('cases.information.disclosure.cancel.button')}
                </Button>
              </ButtonGroup>
            )}
            {cancelling && (
              <ActionForm
                id={`disclosure-${d.id}-cancel`}
                heading={t('cases.information.disclosure.cancel.heading')}
                text={t('cases.information.disclosure.cancel.text')}
                fields={[
                  {
                    name: 'reason',
                    label: t('cases.information.disclosure.cancel.reason'),
                    fieldName: t('cases.information.disclosure.cancel.reasonName'),
                  },
                ]}
                confirm={t('cases.information.disclosure.cancel.confirm')}
                danger
                run={async (v) => {
                  await cancelDisclosure(d, v.reason ?? '');
                  setCancelling(false);
                  await announce(t('cases.information.disclosure.cancel.done'));
                }}
                handled={(error) => {
                  if (errorCode(error) !== 'precondition-failed') return false;
                  setCancelling(false);
                  void change.markStale();
                  return true;
                }}
                onCancel={() => {
                  setCancelling(false);
                  requestAnimationFrame(() => cancelRef.current?.focus());
                }}
              />
            )}
          </section>
        </>
      )}
    </RecordPageFrame>
  );
}
