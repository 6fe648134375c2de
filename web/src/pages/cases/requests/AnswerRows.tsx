/**
 * The rows of an answer to a bevraging (Art. 1.8, 16.2; backlog 18), for a DataList: its content —
 * involved or not, and the text — only when the server sent it, which it does only when the
 * caller may see the answering party's information item now; otherwise one neutral sentence, the
 * same whatever the reason, so the page says nothing more than the server did. Then when it was
 * answered.
 */
import { useTranslation } from 'react-i18next';
import type { RequestAnswer } from '../../../api/caseFlowTriage';
import { formatDateTime } from '../../../i18n/format';
import { Row } from '../sections/flowFields';

export function AnswerRows({ answer }: { answer: RequestAnswer }) {
  const { t, i18n } = useTranslation();
  const content = answer.content;
  return (
    <>
      {content && (
        <Row label={t('cases.flow.requests.involved')}>
          {content.involved ? t('cases.flow.requests.involvedYes') : t('cases.flow.requests.involvedNo')}
        </Row>
      )}
      <Row label={t('cases.flow.requests.answerText')}>
        {content ? (
          <span className="ketenhuis-case-text">{content.text}</span>
        ) : (
          t('cases.flow.requests.contentHidden')
        )}
      </Row>
      <Row label={t('cases.flow.requests.answeredAt')}>
        {formatDateTime(answer.answeredAt, i18n.resolvedLanguage)}
      </Row>
    </>
  );
}
