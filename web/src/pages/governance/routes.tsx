/**
 * The routes of Bestuur (governance), mounted by App.tsx inside the logged-in part of the app.
 * The server decides what each caller may see and do; these pages follow its answers, and a
 * section the caller may not use (GET /me/governance) explains why instead of loading.
 */
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { GovSection } from '../../api/governanceSeats';
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
import { GovGate } from './parts/GovGate';
import { StatementPage } from './StatementPage';
import { StatementsPage } from './StatementsPage';
import { TerminationPage } from './TerminationPage';
import { TerminationsPage } from './TerminationsPage';
import { VersionPage } from './VersionPage';
import { VersionsPage } from './VersionsPage';

/** Each section opens only to users who may use it (parts/GovGate.tsx); the overview to everyone. */
const gated = (section: GovSection, page: ReactNode) => <GovGate section={section}>{page}</GovGate>;

export const governanceRoutes = (
  <Route path="bestuur">
    <Route index element={<GovernancePage />} />
    <Route path="toetredingen" element={gated('accessions', <AccessionsPage />)} />
    <Route path="toetredingen/nieuw" element={gated('accessions', <AccessionCreatePage />)} />
    <Route path="toetredingen/:id" element={gated('accessions', <AccessionPage />)} />
    <Route path="convenant" element={gated('versions', <VersionsPage />)} />
    <Route path="convenant/:id" element={gated('versions', <VersionPage />)} />
    <Route path="beeindiging" element={gated('terminations', <TerminationsPage />)} />
    <Route path="beeindiging/:id" element={gated('terminations', <TerminationPage />)} />
    <Route path="geschillen" element={gated('disputes', <DisputesPage />)} />
    <Route path="geschillen/:id" element={gated('disputes', <DisputePage />)} />
    <Route path="verklaringen" element={gated('statements', <StatementsPage />)} />
    <Route path="verklaringen/:id" element={gated('statements', <StatementPage />)} />
    <Route path="vergaderingen" element={gated('meetings', <MeetingsPage />)} />
    <Route path="vergaderingen/:id" element={gated('meetings', <MeetingPage />)} />
    <Route path="besluiten/:id" element={gated('meetings', <DecisionPage />)} />
    <Route path="mandaten" element={gated('mandates', <MandatesPage />)} />
    <Route path="jaarstukken" element={gated('annual', <AnnualPage />)} />
    <Route path="jaarstukken/:kind/:id" element={gated('annual', <AnnualDocPage />)} />
    <Route path="financien" element={gated('finances', <FinancesPage />)} />
  </Route>
);
