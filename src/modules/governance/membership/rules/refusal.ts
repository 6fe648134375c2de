/**
 * The shape every membership rule answers with: allowed, or refused with a Dutch reason and the
 * covenant article that refuses it. Routes turn a refusal into a problem response (403/409/400).
 */
export type RefusalCode = 'not-allowed' | 'wrong-phase' | 'invalid';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
  article: string;
}

export type Verdict = { ok: true } | Refusal;

export const allowed: Verdict = { ok: true };

export const refuse = (code: RefusalCode, reason: string, article: string): Refusal => ({
  ok: false,
  code,
  reason,
  article,
});
