/**
 * Parsing the case flow's answers (triage, conference, execution, de-escalation, manager) with
 * zod/mini schemas that mirror the server's response schemas. They are lenient where the server is
 * strict: extra fields pass (a newer server may add some), but every field the UI reads must be
 * there with the right type, or the answer counts as invalid.
 */
import { z } from 'zod/mini';
import type { Parser } from './client';

/** A client Parser from a schema: the parsed value, or undefined when the body does not fit. */
export function parserOf<T>(schema: z.ZodMiniType<T>): Parser<T> {
  return (body) => {
    const result = schema.safeParse(body);
    return result.success ? result.data : undefined;
  };
}

export const str = z.string();
export const nstr = z.nullable(z.string());
export const int = z.number().check(z.int());

/** What a write on the case returns: the new version, for the next If-Match. */
export const caseRefSchema = z.object({ id: str, caseNumber: str, status: str, version: int });
export type FlowCaseRef = z.infer<typeof caseRefSchema>;
export const parseFlowCaseRef = parserOf(caseRefSchema);

/** The ETag the server writes for a version (`"v7"`). */
export const etag = (version: number) => `"v${version}"`;

export const ifMatch = (version: number) => ({ 'If-Match': etag(version) });
