/**
 * The contract between the case page and its sections. Each section is one component that gets
 * the loaded case and two callbacks; the page knows nothing of what a section shows. Later parts of
 * the flow (triage, conference, action plan, de-escalation) add a section by appending to
 * CASE_SECTIONS in ./index.ts, without touching the page or the other sections.
 */
import type { ComponentType } from 'react';
import type { Case } from '../../../api/cases';

export interface CaseSectionProps {
  /** The case as last loaded, with the caller's `permissions`. */
  value: Case;
  /** A change succeeded: the page reloads the case (and lists) and announces `message`. */
  onChanged: (message: string) => Promise<void>;
  /** The server answered 412: someone else changed the case; the page reloads it and says so. */
  onStale: () => Promise<void>;
}

export interface CaseSection {
  /** Unique, stable: used as React key and as the section's id prefix. */
  key: string;
  component: ComponentType<CaseSectionProps>;
  /** Whether the section has anything to show for this case; default: always. */
  visible?: (value: Case) => boolean;
}
