/** The notification e-mail's pure rules (issue 5 §10): a fixed text plus the link, and the backoff. */
import { describe, expect, it } from 'vitest';
import { checkNotification } from '../../../src/modules/notifications/notify.js';
import {
  composeMail,
  MAIL_SUBJECT,
  mailLink,
  retryDelayMs,
} from '../../../src/modules/notifications/rules/mail.js';

describe('notification e-mail', () => {
  it('holds the same text for everyone, with only the link varying', () => {
    const a = composeMail('a@x.example', 'https://zvh.example/casussen/1');
    const b = composeMail('b@x.example', 'https://zvh.example/bevragingen/2');
    expect(a.subject).toBe(MAIL_SUBJECT);
    expect(a.text.replaceAll('https://zvh.example/casussen/1', 'L')).toBe(
      b.text.replaceAll('https://zvh.example/bevragingen/2', 'L'),
    );
    expect(a.text).not.toContain('a@x.example');
    expect(a.text).toMatch(/Log in om deze te bekijken[\s\S]*Log in to view it/);
  });

  it('joins the public URL and the in-app path with one slash', () => {
    expect(mailLink('https://zvh.example/', '/taken')).toBe('https://zvh.example/taken');
    expect(mailLink('https://zvh.example/app//', '/taken')).toBe('https://zvh.example/app/taken');
  });

  it('backs off exponentially, capped at six hours', () => {
    const delays = [1, 2, 3, 4, 10, 20].map(retryDelayMs);
    expect(delays.slice(0, 4)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(delays[4]).toBe(360 * 60_000);
    expect(delays[5]).toBe(360 * 60_000);
  });

  it('accepts in-app links only', () => {
    expect(() =>
      checkNotification({ kind: 'case.submitted', link: '/casussen/0190abcd-0000-7000-8000-000000000001' }),
    ).not.toThrow();
    for (const link of [
      '',
      'casussen',
      'javascript:alert(1)',
      '/a b',
      '/x?naam=Jan de Vries',
      '/p/999999999',
    ])
      expect(() => checkNotification({ kind: 'case.submitted', link }), link).toThrow();
  });
});
