/**
 * One data-subject request (Wgs; AVG Art. 12.3): what was asked, about whom (never the BSN: it
 * is not stored), the deadline in words, and per routed party its part. The privacy officer sees
 * every party and may extend the deadline once with a reason; a party's professional sees only
 * its own part, decides and downloads its export.
 */
import { Alert, Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { extendSubjectRequest, useSubjectRequest } from '../../api/informationSubjectRequests';
import { ApiError, errorCode } from '../../api/problem';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { formatDate } from '../cases/format';
import { ActionForm } from '../cases/sections/ActionForm';
import { Row } from '../cases/sections/flowFields';
import { DeadlineMark } from './DeadlineMark';
import { SubjectRouteCard } from './SubjectRouteCard';
import { useItemChange } from './useItemChange';
import './information.css';

const noticeOf = (state: unknown): string | null =>
  state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
    ? state.notice
    : null;

export function SubjectRequestPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useSubjectRequest(id);
  const [status, setStatus] = useState<string | null>(null);
  const [notice] = useState(() => noticeOf(location.state));
  const [extending, setExtending] = useState(false);
  const extendRef = useRef<HTMLButtonElement>(null);
  const change = useItemChange(setStatus);
  const r = query.data;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const language = i18n.resolvedLanguage;
  const announce = async (message: string) => {
    setStatus(null);
    await change.done(message);
  };

  return (
    <>
      <PageHeading
        title={
          r
            ? t('cases.information.subject.detail.title', { reference: r.reference })
            : t('cases.information.subject.detail.loadingTitle')
        }
      />
      <Paragraph>
        <RouterLink to="/verzoeken-betrokkenen">{t('cases.information.subject.detail.back')}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.information.loading')}</Paragraph>}
      {notFound && <Paragraph>{t('cases.information.subject.detail.notFound')}</Paragraph>}
      {query.isError && !notFound && !r && (
        <ErrorAlert
          heading={t('cases.information.subject.detail.loadError')}
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
      {r && (
        <>
          <section aria-labelledby="subject-details-heading">
            <Heading level={2} id="subject-details-heading">
              {t('cases.information.subject.detail.details')}
            </Heading>
            <DataList className="ketenhuis-data-list">
              <Row label={t('cases.information.subject.list.kind')}>
                {t(`cases.information.subject.kind.${r.kind}`)}
              </Row>
              <Row label={t('cases.information.subject.detail.subject')}>
                {r.identifiedBy === 'bsn' || !r.subject.name
                  ? t('cases.information.subject.detail.identifiedByBsn')
                  : t('cases.information.subject.detail.subjectNameBirth', {
                      name: r.subject.name,
                      date: formatDate(r.subject.birthDate ?? '', language),
                    })}
              </Row>
              <Row label={t('cases.information.subject.detail.description')}>
                <span className="ketenhuis-case-text">{r.description}</span>
              </Row>
              <Row label={t('cases.information.subject.detail.received')}>
                {formatDate(r.deadline.receivedOn, language)}
              </Row>
              <Row label={t('cases.information.subject.detail.due')}>
                {formatDate(r.deadline.effectiveDueOn, language)} <DeadlineMark deadline={r.deadline} />
                {r.deadline.extendedDueOn && (
                  <>
                    {' '}
                    (
                    {t('cases.information.subject.detail.extended', {
                      date: formatDate(r.deadline.extendedDueOn, language),
                    })}
                    )
                  </>
                )}
              </Row>
              {r.extensionReason && (
                <Row label={t('cases.information.subject.detail.extensionReason')}>
                  <span className="ketenhuis-case-text">{r.extensionReason}</span>
                </Row>
              )}
              <Row label={t('cases.information.subject.list.status')}>
                {t(`cases.information.subject.status.${r.status}`)}
              </Row>
              {r.casesFound !== null && (
                <Row label={t('cases.information.subject.detail.casesFound')}>{r.casesFound}</Row>
              )}
            </DataList>
            {r.mayExtend && !extending && (
              <ButtonGroup>
                <Button
                  ref={extendRef}
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => setExtending(true)}
                >
                  {t('cases.information.subject.extend.button')}
                </Button>
              </ButtonGroup>
            )}
            {extending && (
              <ActionForm
                id={`subject-${r.id}-extend`}
                heading={t('cases.information.subject.extend.heading')}
                text={t('cases.information.subject.extend.text')}
                fields={[
                  {
                    name: 'reason',
                    label: t('cases.information.subject.extend.reason'),
                    fieldName: t('cases.information.subject.extend.reasonName'),
                  },
                ]}
                confirm={t('cases.information.subject.extend.confirm')}
                run={async (v) => {
                  await extendSubjectRequest(r, v.reason ?? '');
                  setExtending(false);
                  await announce(t('cases.information.subject.extend.done'));
                }}
                handled={(error) => {
                  if (errorCode(error) !== 'precondition-failed') return false;
                  setExtending(false);
                  void change.markStale();
                  return true;
                }}
                onCancel={() => {
                  setExtending(false);
                  requestAnimationFrame(() => extendRef.current?.focus());
                }}
              />
            )}
          </section>
          <section aria-labelledby="subject-routes-heading">
            <Heading level={2} id="subject-routes-heading">
              {t('cases.information.subject.detail.routes')}
            </Heading>
            <Paragraph>{t('cases.information.subject.detail.routesNote')}</Paragraph>
            {r.routes.length === 0 && <Paragraph>{t('cases.information.subject.detail.noRoutes')}</Paragraph>}
            {r.routes.map((route) => (
              <SubjectRouteCard
                key={route.partyId}
                request={r}
                route={route}
                onDone={announce}
                onStale={change.markStale}
              />
            ))}
          </section>
        </>
      )}
    </>
  );
}
