/**
 * One disclosure request (Art. 9.2, 19.1): recipient, purpose, legal basis and status; per item
 * (only those the caller may see) its providing party's decision with reasoning, and for that
 * party's decider the decision form (re-authenticated); for the requester, once every item is
 * approved, the PDF download, and cancelling while it runs. A 404 says "not found" and no more.
 */
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { cancelDisclosure, exportDisclosure, useDisclosure } from '../../api/informationDisclosures';
import { ApiError, errorCode } from '../../api/problem';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { ActionForm } from '../cases/sections/ActionForm';
import { Row } from '../cases/sections/flowFields';
import { DecisionTable } from './DecisionTable';
import { useItemChange } from './useItemChange';
import './information.css';

const noticeOf = (state: unknown): string | null =>
  state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
    ? state.notice
    : null;

export function DisclosurePage() {
  const { t, i18n } = useTranslation();
  const { id = '', disclosureId = '' } = useParams();
  const location = useLocation();
  const query = useDisclosure(id, disclosureId);
  const [status, setStatus] = useState<string | null>(null);
  const [notice] = useState(() => noticeOf(location.state));
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const change = useItemChange((message) => setStatus(message));
  const d = query.data;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const date = (iso: string) => formatDateTime(iso, i18n.resolvedLanguage);
  const announce = async (message: string) => {
    setStatus(null);
    await change.done(message);
  };

  return (
    <>
      <PageHeading
        title={
          d
            ? t('cases.information.disclosure.page.title', { reference: d.reference })
            : t('cases.information.disclosure.page.loadingTitle')
        }
      />
      <Paragraph>
        <RouterLink to={`/casussen/${id}`}>{t('cases.information.disclosure.page.back')}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.information.loading')}</Paragraph>}
      {notFound && <Paragraph>{t('cases.information.disclosure.page.notFound')}</Paragraph>}
      {query.isError && !notFound && !d && (
        <ErrorAlert
          heading={t('cases.information.disclosure.page.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      <LiveStatus message={status} />
      {notice && (
        <Alert type="ok" className="ketenhuis-notice">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {change.stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.information.stale')}</Paragraph>
        </Alert>
      )}
      {d && (
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
    </>
  );
}
