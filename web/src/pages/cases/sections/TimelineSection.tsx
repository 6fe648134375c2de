/**
 * The case's timeline: every step with its time, who took it (by name and role where the case
 * names them, else in words: you, the registering professional, the procesregisseur) and the article it rests on, with the recorded reasoning,
 * reason or advice (Art. 12.2a: the registering party is told the outcome and advice).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../api/cases';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../i18n/format';
import { eventTypeKey } from '../eventTypes';
import { personLabel } from './people';
import type { CaseSectionProps } from './types';

export function eventLabel(t: TFunction, type: string): string {
  const known = eventTypeKey(type);
  return known ? t(`cases.timeline.types.${known}`) : t('cases.timeline.types.other', { type });
}

export function TimelineSection({ value: c }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const who = (e: TimelineEvent) =>
    e.actorUserId === null ? t('cases.timeline.system') : personLabel(t, c, e.actorUserId, user?.id);
  const events = [...c.timeline].reverse();
  return (
    <section aria-labelledby="case-timeline-heading">
      <Heading level={2} id="case-timeline-heading">
        {t('cases.timeline.heading')}
      </Heading>
      {events.length === 0 ? (
        <Paragraph>{t('cases.timeline.empty')}</Paragraph>
      ) : (
        <ol className="ketenhuis-timeline" reversed>
          {events.map((e) => (
            <li key={e.id} className="ketenhuis-timeline__event">
              <Paragraph className="ketenhuis-timeline__what">
                <strong>{eventLabel(t, e.type)}</strong>
              </Paragraph>
              <Paragraph small className="ketenhuis-timeline__meta">
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.resolvedLanguage)}</time>
                {' · '}
                {t('cases.timeline.by', { who: who(e) })}
                {' · '}
                {t('cases.timeline.article', { article: e.article })}
              </Paragraph>
              {e.note && (
                <Paragraph className="ketenhuis-case-text">
                  <span className="ketenhuis-timeline__label">{t('cases.timeline.note')}: </span>
                  {e.note}
                </Paragraph>
              )}
              {e.advice && (
                <Paragraph className="ketenhuis-case-text">
                  <span className="ketenhuis-timeline__label">{t('cases.timeline.advice')}: </span>
                  {e.advice}
                </Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
