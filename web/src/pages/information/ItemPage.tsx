/**
 * One information item (GET /information-items/{id}; Art. 12.2f, 16.2): its badges, "Waarom zie
 * ik dit?", who provided it and about whom, its text, its attachments (downloaded through the
 * API, each read logged by the server), and what the caller may do with it. An item the caller
 * may not see is "not found", exactly as one that does not exist.
 */
import { Alert, Button, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCase } from '../../api/casesRequests';
import { download } from '../../api/informationDownload';
import { formatSize } from '../../api/informationFiles';
import { attachmentPath, useInformationItem } from '../../api/informationItemCalls';
import { ApiError } from '../../api/problem';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { relationOf, usePartyNames } from '../cases/sections/flowData';
import { Row } from '../cases/sections/flowFields';
import { AttachmentUpload } from './AttachmentUpload';
import { ItemBadges } from './ItemBadges';
import { ItemControls } from './ItemControls';
import { useItemChange } from './useItemChange';
import { WhyVisible } from './WhyVisible';
import './information.css';

export function ItemPage() {
  const { t, i18n } = useTranslation();
  const { id = '', itemId = '' } = useParams();
  const query = useInformationItem(itemId);
  const caseQuery = useCase(id);
  const partyName = usePartyNames();
  const [status, setStatus] = useState<string | null>(null);
  const files = useItemChange(setStatus);
  const item = query.data;
  const c = caseQuery.data?.value;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const language = i18n.resolvedLanguage;
  const persons = item && c ? c.persons.filter((p) => item.personIds.includes(p.id)) : [];
  const announce = async (message: string) => {
    setStatus(null);
    await files.done(message);
  };

  return (
    <>
      <PageHeading
        title={
          item
            ? t('cases.information.item.title', { title: item.title })
            : t('cases.information.item.loadingTitle')
        }
      />
      <Paragraph>
        <RouterLink to={`/casussen/${id}`}>{t('cases.information.item.back')}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.information.loading')}</Paragraph>}
      {notFound && <Paragraph>{t('cases.information.item.notFound')}</Paragraph>}
      {query.isError && !notFound && !item && (
        <ErrorAlert
          heading={t('cases.information.item.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      <LiveStatus message={status} />
      {files.stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.information.stale')}</Paragraph>
        </Alert>
      )}
      {item && (
        <>
          <ItemBadges
            item={{ ...item, attachmentCount: item.attachments.length }}
            label={t('cases.information.badgesLabel', { title: item.title })}
          />
          <WhyVisible item={item} relation={c ? relationOf(c) : null} />
          <section aria-labelledby="item-details-heading">
            <Heading level={2} id="item-details-heading">
              {t('cases.information.item.details')}
            </Heading>
            <DataList className="ketenhuis-data-list">
              <Row label={t('cases.information.item.provided')}>
                {item.providerKind === 'house'
                  ? t('cases.information.providedByHouse', { date: formatDateTime(item.createdAt, language) })
                  : t('cases.information.providedBy', {
                      party: partyName(item.providerPartyId),
                      date: formatDateTime(item.createdAt, language),
                    })}
              </Row>
              <Row label={t('cases.information.form.regime')}>
                {t(`cases.information.regime.${item.regime}`)}
              </Row>
              <Row label={t('cases.information.item.persons')}>
                {c && persons.length > 0 && persons.length < c.persons.length
                  ? persons.map((p) => p.name).join(', ')
                  : t('cases.information.item.personsAll')}
              </Row>
            </DataList>
          </section>
          <section aria-labelledby="item-body-heading">
            <Heading level={2} id="item-body-heading">
              {t('cases.information.item.body')}
            </Heading>
            <Paragraph className="ketenhuis-item-body">{item.body}</Paragraph>
          </section>
          <section aria-labelledby="item-attachments-heading">
            <Heading level={2} id="item-attachments-heading">
              {t('cases.information.item.attachments')}
            </Heading>
            {files.error !== null && (
              <ErrorAlert heading={t('cases.information.item.downloadError')} error={files.error} />
            )}
            {item.attachments.length === 0 ? (
              <Paragraph>{t('cases.information.item.noAttachments')}</Paragraph>
            ) : (
              <ul className="ketenhuis-plain-list">
                {item.attachments.map((a) => (
                  <li key={a.id}>
                    <Button
                      type="button"
                      appearance="subtle-button"
                      onClick={() =>
                        void files.run(() => download('GET', attachmentPath(item.id, a.id), a.filename), '')
                      }
                    >
                      {t('cases.information.item.download', { name: a.filename })}
                    </Button>{' '}
                    ({a.mediaType}, {formatSize(a.size, language)})
                  </li>
                ))}
              </ul>
            )}
            {item.permissions.includes('add-attachment') && (
              <AttachmentUpload itemId={item.id} onAdded={announce} />
            )}
          </section>
          {item.permissions.length > 0 && (
            <section aria-labelledby="item-controls-heading">
              <Heading level={2} id="item-controls-heading">
                {t('cases.information.item.controls')}
              </Heading>
              <ItemControls item={item} onChanged={announce} level={3} />
            </section>
          )}
        </>
      )}
    </>
  );
}
