/** Disclosure to third parties (Art. 9.2): decision, export and decider rules, and the PDF marking. */
import { describe, expect, it } from 'vitest';
import { disclosurePdf } from '../../src/modules/information/disclosure/pdf.js';
import { mayDecide, mayRequest } from '../../src/modules/information/disclosure/rules/decider.js';
import {
  decisionRefusal,
  exportRefusal,
  statusOf,
} from '../../src/modules/information/disclosure/rules/decisions.js';
import { newReference } from '../../src/modules/information/disclosure/rules/reference.js';
import { pdfPageTexts } from '../integration/information-disclosure-fixtures.js';

const approved = {
  decision: 'approved' as const,
  approvedVersion: 2,
  currentVersion: 2,
  withdrawn: false,
  expired: false,
};

describe('disclosure rules (Art. 9.2)', () => {
  it('approves only when every item is approved; one refusal ends it', () => {
    expect(statusOf([])).toBe('pending');
    expect(statusOf(['approved', 'pending'])).toBe('pending');
    expect(statusOf(['approved', 'approved'])).toBe('approved');
    expect(statusOf(['approved', 'refused', 'pending'])).toBe('refused');
    expect(decisionRefusal('pending', 'pending')).toBeNull();
    expect(decisionRefusal('pending', 'approved')).not.toBeNull();
    expect(decisionRefusal('refused', 'pending')).not.toBeNull();
  });

  it('exports only with every approval on the current, live content', () => {
    expect(exportRefusal('approved', [approved])).toBeNull();
    expect(exportRefusal('pending', [approved, { ...approved, decision: 'pending' }])).not.toBeNull();
    expect(exportRefusal('approved', [])).not.toBeNull();
    expect(exportRefusal('approved', [{ ...approved, currentVersion: 3 }])).toMatch(/gewijzigd/);
    expect(exportRefusal('approved', [{ ...approved, withdrawn: true }])).toMatch(/ingetrokken/);
    expect(exportRefusal('refused', [approved])).not.toBeNull();
  });

  it('lets the provider’s people with a role decide, and the procesregisseur for house notes', () => {
    const item = { providerKind: 'party' as const, controllerPartyId: 'p1', providedByUserId: 'u1' };
    const pro = (userId: string, partyId: string, relation: string | null) => ({
      userId,
      partyId,
      roles: ['professional'],
      relation,
    });
    expect(mayDecide(item, pro('u1', 'p1', null))).toBe(true);
    expect(mayDecide(item, pro('u2', 'p1', 'participant'))).toBe(true);
    expect(mayDecide(item, pro('u2', 'p1', null))).toBe(false);
    expect(mayDecide(item, pro('u3', 'p2', 'coordinator'))).toBe(false);
    const regie = { userId: 'r', partyId: null, roles: ['procesregisseur'], relation: 'assigned' };
    expect(mayDecide(item, regie)).toBe(false);
    expect(mayDecide({ ...item, providerKind: 'house' }, regie)).toBe(true);
    expect(mayRequest(regie)).toBe(true);
    expect(mayRequest({ ...regie, relation: 'escalated-manager' })).toBe(false);
    expect(mayRequest({ ...regie, relation: 'informatiecentrum' })).toBe(false);
  });

  it('marks every page of a long export with recipient and reference', async () => {
    const reference = newReference('VS', new Date('2025-05-01T00:00:00Z'));
    expect(reference).toMatch(/^VS-2025-[2-9A-Z]{8}$/);
    const long = Array.from({ length: 900 }, (_, i) => `woord${i}`).join(' ');
    const bytes = await disclosurePdf({
      reference,
      caseNumber: 'ZVH-2025-0001',
      recipient: 'Gemeente Ontvangst — afdeling Schuldhulp',
      purpose: 'Schuldhulpverlening',
      legalBasis: 'Art. 6 lid 1 sub e AVG',
      date: '2025-05-01',
      items: [
        {
          title: 'Lang stuk',
          body: `${long}\n\n${'x'.repeat(400)} 漢字`,
          regime: 'justitieel',
          controller: 'Middin',
          decidedAt: '2025-04-30T10:00:00Z',
        },
      ],
    });
    const pages = await pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain(reference);
      expect(text).toContain('Gemeente Ontvangst — afdeling Schuldhulp');
      expect(text).toContain('2025-05-01');
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    expect(pages.join(' ')).toContain('woord899');
    expect(pages.join(' ')).toContain('??');
    // Art. 15.2: the item's regime in Dutch words, WinAnsi-encoded (ë), not replaced by '?'.
    expect(pages[0]).toContain('Wettelijk regime: Justitiële gegevens (Wjsg)');
  });
});
