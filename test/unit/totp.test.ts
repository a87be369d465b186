import { describe, expect, it } from 'vitest';
import { totpCode } from '../../local/totp';

// RFC 6238, appendix B (SHA-1): the secret "12345678901234567890" in base32; the RFC's 8 digits, last 6 kept.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totpCode', () => {
  it.each([
    ['1970-01-01T00:00:59Z', '287082'],
    ['2005-03-18T01:58:29Z', '081804'],
    ['2009-02-13T23:31:30Z', '005924'],
    ['2033-05-18T03:33:20Z', '279037'],
  ])('at %s is %s, as the RFC says', (at, code) => {
    expect(totpCode(RFC_SECRET, new Date(at))).toBe(code);
  });

  it('holds for 30 seconds, then changes', () => {
    const at = new Date('2026-12-05T09:00:00Z');
    expect(totpCode(RFC_SECRET, new Date(at.getTime() + 29_999))).toBe(totpCode(RFC_SECRET, at));
    expect(totpCode(RFC_SECRET, new Date(at.getTime() + 30_000))).not.toBe(totpCode(RFC_SECRET, at));
  });
});
