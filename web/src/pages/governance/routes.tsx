/**
 * The routes of Bestuur (governance), mounted by App.tsx inside the logged-in part of the app.
 * The server decides what each caller may see and do; these pages follow its answers.
 */
import { Route } from 'react-router';
import { AccessionCreatePage } from './AccessionCreatePage';
import { AccessionPage } from './AccessionPage';
import { AccessionsPage } from './AccessionsPage';
import { AnnualDocPage } from './AnnualDocPage';
import { AnnualPage } from './AnnualPage';
import { DecisionPage } from './DecisionPage';
import { DisputePage } from './DisputePage';
import { DisputesPage } from './DisputesPage';
import { FinancesPage } from './FinancesPage';
import { GovernancePage } from './GovernancePage';
import { MandatesPage } from './MandatesPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { StatementPage } from './StatementPage';
import { StatementsPage } from './StatementsPage';
import { TerminationPage } from './TerminationPage';
import { TerminationsPage } from './TerminationsPage';
import { VersionPage } from './VersionPage';
import { VersionsPage } from './VersionsPage';

export const governanceRoutes = (
  <Route path="bestuur">
    <Route index element={<GovernancePage />} />
    <Route path="toetredingen" element={<AccessionsPage />} />
    <Route path="toetredingen/nieuw" element={<AccessionCreatePage />} />
    <Route path="toetredingen/:id" element={<AccessionPage />} />
    <Route path="convenant" element={<VersionsPage />} />
    <Route path="convenant/:id" element={<VersionPage />} />
    <Route path="beeindiging" element={<TerminationsPage />} />
    <Route path="beeindiging/:id" element={<TerminationPage />} />
    <Route path="geschillen" element={<DisputesPage />} />
    <Route path="geschillen/:id" element={<DisputePage />} />
    <Route path="verklaringen" element={<StatementsPage />} />
    <Route path="verklaringen/:id" element={<StatementPage />} />
    <Route path="vergaderingen" element={<MeetingsPage />} />
    <Route path="vergaderingen/:id" element={<MeetingPage />} />
    <Route path="besluiten/:id" element={<DecisionPage />} />
    <Route path="mandaten" element={<MandatesPage />} />
    <Route path="jaarstukken" element={<AnnualPage />} />
    <Route path="jaarstukken/:kind/:id" element={<AnnualDocPage />} />
    <Route path="financien" element={<FinancesPage />} />
  </Route>
);
