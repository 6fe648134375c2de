/**
 * The Bijlage 2 criteria: the registering professional's self-check, and for the procesregisseur
 * the computed indication with its reasoning. The indication only advises (Wgs: no computed
 * decision about people); the procesregisseur decides and records the reasoning (Art. 12.2a).
 */
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CRITERIA } from '../../../api/cases';
import type { CaseSectionProps } from './types';

const MISSING = ['multiproblem', 'multipleChainsNeeded', 'impactOnSystem'] as const;

/** The server's reasoning lines start with a stable code ("missing.multiproblem: …"); show them translated. */
export function reasoningText(t: TFunction, line: string): string {
  const colon = line.indexOf(':');
  const code = colon < 0 ? line : line.slice(0, colon);
  if (code === 'areaSafetyProblem') return t('cases.page.criteria.reasoning.areaSafetyProblem');
  if (code === 'personRoute') return t('cases.page.criteria.reasoning.personRoute');
  const missing = MISSING.find((m) => code === `missing.${m}`);
  if (missing) return t(`cases.page.criteria.reasoning.missing.${missing}`);
  return colon < 0 ? line : line.slice(colon + 1).trim();
}

export function CriteriaSection({ value: c }: CaseSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-criteria-heading">
      <Heading level={2} id="case-criteria-heading">
        {t('cases.page.criteria.heading')}
      </Heading>
      {c.indication && (
        <Alert type="info">
          <Heading level={3}>{t('cases.page.criteria.indicationHeading')}</Heading>
          <Paragraph>
            <strong>
              {c.indication.complex ? t('cases.page.criteria.complex') : t('cases.page.criteria.notComplex')}
            </strong>
          </Paragraph>
          <ul>
            {c.indication.reasoning.map((line) => (
              <li key={line}>{reasoningText(t, line)}</li>
            ))}
          </ul>
          <Paragraph small>{t('cases.page.criteria.indicationAdvice')}</Paragraph>
        </Alert>
      )}
      <Heading level={3}>{t('cases.page.criteria.selfCheck')}</Heading>
      <DataList className="ketenhuis-data-list">
        {CRITERIA.map((criterion) => (
          <DataListItem key={criterion}>
            <DataListKey>{t(`cases.criteria.${criterion}.label`)}</DataListKey>
            <DataListValue>
              {c.criteria[criterion] ? t('cases.page.criteria.yes') : t('cases.page.criteria.no')}
            </DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}
