/**
 * A workflow's steps as an ordered list: each step says in words whether it is done, current or
 * still to come (not by colour alone), and the current one carries aria-current="step".
 */
import { useTranslation } from 'react-i18next';

export type StepState = 'done' | 'current' | 'todo' | 'skipped';

export interface Step {
  key: string;
  label: string;
  state: StepState;
  detail?: string | undefined;
}

export function StepList({ steps, label }: { steps: readonly Step[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ol className="ketenhuis-steps" aria-label={label}>
      {steps.map((s) => (
        <li
          key={s.key}
          className={`ketenhuis-steps__step ketenhuis-steps__step--${s.state}`}
          aria-current={s.state === 'current' ? 'step' : undefined}
        >
          <span className="ketenhuis-steps__label">{s.label}</span>{' '}
          <span className="ketenhuis-steps__state">({t(`governance.steps.${s.state}`)})</span>
          {s.detail && <span className="ketenhuis-steps__detail">{s.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
