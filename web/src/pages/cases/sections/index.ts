/**
 * The sections of the case page, in page order. Later parts of the flow add theirs here (for
 * example a triage section after 'criteria'); the page renders whatever this list holds.
 */
import { ActionPlanSection, showsActionPlan } from './ActionPlanSection';
import { ActionsSection, hasActions } from './ActionsSection';
import { ConferenceSection, showsConferences } from './ConferenceSection';
import { CriteriaSection } from './CriteriaSection';
import { DeescalationSection, showsDeescalation } from './DeescalationSection';
import { InformationDisclosuresSection, showsDisclosures } from './InformationDisclosuresSection';
import { InformationRequestsSection, showsRequests } from './InformationRequestsSection';
import { InformationSection, showsInformation } from './InformationSection';
import { PersonsSection } from './PersonsSection';
import { ProgressSection, showsProgress } from './ProgressSection';
import { QuestionsSection } from './QuestionsSection';
import { ScrubSection, showsScrub } from './ScrubSection';
import { SummarySection } from './SummarySection';
import { TimelineSection } from './TimelineSection';
import { showsTriage, TriageSection } from './TriageSection';
import type { CaseSection } from './types';

export const CASE_SECTIONS: CaseSection[] = [
  { key: 'actions', component: ActionsSection, visible: (c) => hasActions(c.permissions) },
  { key: 'summary', component: SummarySection },
  { key: 'persons', component: PersonsSection },
  { key: 'criteria', component: CriteriaSection },
  {
    key: 'questions',
    component: QuestionsSection,
    visible: (c) => c.permissions.includes('ask') || c.questions.length > 0,
  },
  // The later flow (H10): triage, bevragingen, conference, action plan, progress, de-escalation, scrub.
  { key: 'scrub', component: ScrubSection, visible: showsScrub },
  { key: 'requests', component: InformationRequestsSection, visible: showsRequests },
  { key: 'triage', component: TriageSection, visible: showsTriage },
  { key: 'conferences', component: ConferenceSection, visible: showsConferences },
  { key: 'action-plan', component: ActionPlanSection, visible: showsActionPlan },
  { key: 'progress', component: ProgressSection, visible: showsProgress },
  { key: 'deescalation', component: DeescalationSection, visible: showsDeescalation },
  // Information sharing (H16, issue 6): items with their conditions, and disclosure to third parties.
  { key: 'information', component: InformationSection, visible: showsInformation },
  { key: 'disclosures', component: InformationDisclosuresSection, visible: showsDisclosures },
  { key: 'timeline', component: TimelineSection },
];
