/**
 * Professionals by name (issue 5): the case answers carry `userNames` for the people they show by
 * id — display name and party, never an e-mail address. With a name the UI says who it was and
 * what they are in the case ("Jan Jansen (melder, Politie)"); without one (an older answer, or
 * someone the answer does not name) it falls back to the role in words ("de melder").
 */
import type { TFunction } from 'i18next';
import type { UserName } from '../../api/caseFlowNames';

/** What a named person is in the case; 'other' names them with their party only. */
export type NamedRole =
  | 'registering'
  | 'procesregisseur'
  | 'answered'
  | 'participant'
  | 'coordinator'
  | 'other';

/**
 * "Jan Jansen (melder, Politie)", "Piet Peters (procesregisseur)", "Anna de Wit (Parnassia Groep)".
 * `party` is the party the case knows them for; else their own party from the name entry.
 */
export function namedLabel(t: TFunction, name: UserName, role: NamedRole, party?: string | null): string {
  const partyName = role === 'procesregisseur' ? null : (party ?? name.partyName);
  const who = name.displayName;
  if (role === 'other')
    return partyName
      ? t('cases.flow.peopleNamed.withParty', { name: who, party: partyName })
      : t('cases.flow.peopleNamed.plain', { name: who });
  const what = t(`cases.flow.peopleNamed.roles.${role}`);
  return partyName
    ? t('cases.flow.peopleNamed.withRoleAndParty', { name: who, role: what, party: partyName })
    : t('cases.flow.peopleNamed.withRole', { name: who, role: what });
}
