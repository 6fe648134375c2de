/**
 * One data-subject request (Wgs; AVG Art. 12.3): what was asked, about whom (never the BSN: it
 * is not stored), the deadline in words, and per routed party its part. The privacy officer sees
 * every party and may extend the deadline once with a reason; a party's professional sees only
 * its own part, decides and downloads its export.
 */
import { Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { extendSubjectRequest, useSubjectRequest } from '../../api/informationSubjectRequests';
import { errorCode } from '../../api/problem';
import { formatDate } from '../cases/format';
import { ActionForm } from '../cases/sections/ActionForm';
import { Row } from '../cases/sections/flowFields';
import { DeadlineMark } from './DeadlineMark';
import { RecordPageFrame, useRecordPage } from './RecordPageFrame';
import { SubjectRouteCard } from './SubjectRouteCard';
import './information.css';

export function SubjectRequestPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useSubjectRequest(id);
  const page = useRecordPage();
  const { change, announce } = page;
  const [extending, setExtending] = useState(false);
  const extendRef = useRef<HTMLButtonElement>(null);
  const language = i18n.resolvedLanguage;

  return (
    <RecordPageFrame
      query={query}
      page={page}
      texts="cases.information.subject.detail"
      back="/verzoeken-betrokkenen"
    >
      {(r) => (
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
    </RecordPageFrame>
  );
}
