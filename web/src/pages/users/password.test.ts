/** Tests the generated initial password. */
import { describe, expect, it } from 'vitest';
import { generatePassword } from './password';

describe('generatePassword', () => {
  it('makes four dash-separated groups of five unambiguous characters', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
  });

  it('differs every time', () => {
    expect(new Set(Array.from({ length: 20 }, () => generatePassword())).size).toBe(20);
  });

  it('skips bytes that would bias the choice', () => {
    let call = 0;
    // First all bytes are above the rejection limit; then zeros ("a").
    const random = (bytes: Uint8Array) => bytes.fill(call++ === 0 ? 255 : 0);
    expect(generatePassword(random)).toBe('aaaaa-aaaaa-aaaaa-aaaaa');
  });
});
