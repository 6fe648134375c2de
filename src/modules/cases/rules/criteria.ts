/**
 * The Bijlage 2 criteria for complex cases, as an explainable indication. It only advises: the
 * procesregisseur decides and records the reasoning (Art. 12.2a; the Wgs forbids letting a
 * computed score decide about people, domain.md §4).
 */

/** The four criteria of Bijlage 2, as answered by the registering professional or the procesregisseur. */
export interface CriteriaAnswers {
  /** Serious local or area-bound safety problem that needs a cross-chain approach. */
  areaSafetyProblem: boolean;
  /** The problems affect, and are affected by, the family system or direct social environment. */
  impactOnSystem: boolean;
  /** Several chains must work together (at least coercion and persuasion); one chain cannot. */
  multipleChainsNeeded: boolean;
  /** Problems on more than one life domain, leading (or expected to lead) to crime or nuisance. */
  multiproblem: boolean;
}

export interface CriteriaIndication {
  complex: boolean;
  /** Which route made it complex, or why not: each line cites Bijlage 2. */
  reasoning: string[];
}

/**
 * The national reading (domain.md §3): (multiproblem AND several chains AND impact on the system)
 * OR a serious area-bound safety problem that needs a cross-chain approach.
 */
export function indicateComplexity(a: CriteriaAnswers): CriteriaIndication {
  const reasoning: string[] = [];
  const personRoute = a.multiproblem && a.multipleChainsNeeded && a.impactOnSystem;
  if (a.areaSafetyProblem)
    reasoning.push(
      'areaSafetyProblem: ernstige gebiedsgebonden veiligheidsproblematiek (Bijlage 2, eerste criterium)',
    );
  if (personRoute) {
    reasoning.push(
      'personRoute: meervoudige problematiek, meerdere ketens nodig en impact op het systeem (Bijlage 2, criteria 2–4)',
    );
  } else {
    if (!a.multiproblem)
      reasoning.push(
        'missing.multiproblem: geen problemen op meer dan één leefgebied (Bijlage 2, vierde criterium)',
      );
    if (!a.multipleChainsNeeded)
      reasoning.push('missing.multipleChainsNeeded: één keten volstaat (Bijlage 2, derde criterium)');
    if (!a.impactOnSystem)
      reasoning.push(
        'missing.impactOnSystem: geen impact op gezin of sociale omgeving (Bijlage 2, tweede criterium)',
      );
  }
  return { complex: a.areaSafetyProblem || personRoute, reasoning };
}
