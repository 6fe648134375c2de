/**
 * The processing log (Logboek Dataverwerkingen): append-only, hash-chained, one entry per data
 * subject per processing, written in the same transaction as the processing it records.
 * Modules import from here.
 */
export { APPEND_LOCK_KEY, appendProcessing, logRead, readHead } from './append.js';
export { type BreakReason, type ChainBreak, ChainChecker } from './chain-check.js';
export { type Checkpoint, parseCheckpoint, signCheckpoint } from './checkpoint.js';
export { checkpointProblem, createCheckpoint } from './checkpoint-log.js';
export { EMPTY_HEAD, entryHash, GENESIS_HASH } from './hash.js';
export {
  BSN_PSEUDONYM,
  bsnSubject,
  type ProcessingLogKeys,
  processingLogKeys,
  pseudonymiseBsn,
} from './pseudonym.js';
export { checkpointSigningKey, parsePublicKey, publicKeyBase64 } from './signing-key.js';
export { newSpanId, newTraceId, parseTraceparent, traceOf } from './trace.js';
export type {
  ChainHead,
  DataSubject,
  Operation,
  ProcessingEntryInput,
  StatusCode,
  StoredEntry,
  TraceContext,
} from './types.js';
export { ProcessingLogError } from './validate.js';
export { type VerifyResult, verifyChain } from './verify.js';
