/**
 * Identifiers and clock. Ids in URLs are UUIDv7: random enough not to be guessed or enumerated,
 * time-ordered so that they index well. Timestamps are ISO-8601 in UTC.
 */
import { uuidv7 } from 'uuidv7';

export const newId = (): string => uuidv7();

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const nowUtc = (): string => new Date().toISOString();
