/**
 * Professionals by name (issue 5): the `userNames` of a case answer are read leniently, and each
 * person is described by name, role and party — in Dutch and English — falling back to the role in
 * words when the answer does not name them.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameDirectory, userNamesOf } from '../../api/caseFlowNames';
import { enResources, nlResources } from '../../i18n/resources';
import { namedLabel } from './names';
import { personLabel } from './sections/people';

const pieter = { userId: 'u1', displayName: 'Pieter Jansen', partyId: 'p1', partyName: 'Politie' };
const petra = { userId: 'u2', displayName: 'Petra Visser', partyId: null, partyName: null };

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nlResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
  });
});

describe('userNamesOf', () => {
  it('reads the names a body carries and skips what does not fit', () => {
    expect(userNamesOf({ userNames: [pieter, { userId: 'x' }, petra] })).toEqual([pieter, petra]);
    expect(userNamesOf({})).toEqual([]);
    expect(userNamesOf(null)).toEqual([]);
    expect(nameDirectory([pieter], undefined, [petra]).get('u2')).toEqual(petra);
  });
});

describe('namedLabel', () => {
  it('says name, role and party; the procesregisseur without a party', () => {
    const t = i18n.getFixedT('nl');
    expect(namedLabel(t, pieter, 'registering')).toBe('Pieter Jansen (melder, Politie)');
    expect(namedLabel(t, pieter, 'participant', 'Politie Den Haag')).toBe(
      'Pieter Jansen (deelnemer, Politie Den Haag)',
    );
    expect(namedLabel(t, petra, 'procesregisseur')).toBe('Petra Visser (procesregisseur)');
    expect(namedLabel(t, pieter, 'other')).toBe('Pieter Jansen (Politie)');
    expect(namedLabel(t, petra, 'other')).toBe('Petra Visser');
    expect(namedLabel(i18n.getFixedT('en'), pieter, 'coordinator')).toBe(
      'Pieter Jansen (case coordinator, Politie)',
    );
  });

  it('falls back to the role in words, and says "u" to the caller', () => {
    const t = i18n.getFixedT('nl');
    const c = { registeringUserId: 'u1', procesregisseurs: [], raw: { userNames: [pieter] } };
    expect(personLabel(t, c, 'u1', undefined)).toBe('Pieter Jansen (melder, Politie)');
    expect(personLabel(t, c, 'u1', 'u1')).toBe('u');
    expect(personLabel(t, { ...c, raw: {} }, 'u1', undefined)).toBe('de melder');
  });
});
