/**
 * The notifications of registration and assessment: a new registration reaches every
 * procesregisseur (Art. 12.2a: one of them picks it up); the outcome reaches the registering
 * professional (Art. 12.2a: the registering party is told the outcome and the advice); a withdrawal
 * or take-over reaches the procesregisseurs already on the case. Kind and link only.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notify } from '../notifications/notify.js';
import { activeUsersWithRole } from './recipients.js';
import type { TransitionInput } from './transition-command.js';

interface Parties {
  caseId: string;
  actorUserId: string;
  registeringUserId: string;
  previousRegisseurs: readonly string[];
}

async function recipientsOf(
  trx: Transaction<Database>,
  action: TransitionInput['action'],
  c: Parties,
): Promise<string[]> {
  switch (action) {
    case 'submit':
      return activeUsersWithRole(trx, 'procesregisseur');
    case 'accept':
    case 'reject':
      return [c.registeringUserId];
    case 'withdraw':
    case 'take-over':
      return [...c.previousRegisseurs];
    case 'pick-up':
      return [];
  }
}

export async function notifyTransition(
  trx: Transaction<Database>,
  action: TransitionInput['action'],
  c: Parties,
): Promise<void> {
  const userIds = (await recipientsOf(trx, action, c)).filter((u) => u !== c.actorUserId);
  if (userIds.length === 0) return;
  const kind = {
    submit: 'case.submitted',
    accept: 'case.accepted',
    reject: 'case.rejected',
    withdraw: 'case.withdrawn',
    'take-over': 'case.taken-over',
    'pick-up': 'case.picked-up',
  }[action];
  await notify(trx, { userIds, kind, caseId: c.caseId, link: `/casussen/${c.caseId}` });
}
