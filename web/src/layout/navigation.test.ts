/** Tests that the menu shows only what the user may use. */
import { describe, expect, it } from 'vitest';
import { visibleNavItems } from './navigation';

const paths = (items: { path: string }[]) => items.map((item) => item.path);

describe('visibleNavItems', () => {
  it('shows only public pages before login', () => {
    expect(paths(visibleNavItems(false, []))).toEqual(['/over']);
  });

  it('shows user management only to functioneel beheer', () => {
    expect(paths(visibleNavItems(true, ['professional']))).not.toContain('/beheer/gebruikers');
    expect(paths(visibleNavItems(true, ['functioneel_beheer']))).toContain('/beheer/gebruikers');
    expect(paths(visibleNavItems(true, ['manager']))).toContain('/partijen');
  });

  it('shows the house settings only to functioneel beheer', () => {
    expect(paths(visibleNavItems(true, ['manager', 'privacy_officer']))).not.toContain('/beheer/huis');
    expect(paths(visibleNavItems(false, ['functioneel_beheer']))).not.toContain('/beheer/huis');
    expect(paths(visibleNavItems(true, ['functioneel_beheer']))).toContain('/beheer/huis');
  });
});
