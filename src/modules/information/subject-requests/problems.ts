/** Problems of the data-subject requests that name a field, so a form can show them beside it. */
import { ProblemError } from '../../../platform/http/problem.js';

export const invalid = (field: string, message: string) =>
  new ProblemError('validation', `Body ongeldig — ${field}: ${message}`);
