import { describe, expect, it } from 'vitest';
import { isFinnishPostalCode, looksLikeEmail, looksLikePhone } from './validators';

describe('pattern validators', () => {
  it('accepts five-digit postal codes only', () => {
    expect(isFinnishPostalCode('00100')).toBe(true);
    expect(isFinnishPostalCode(' 99999 ')).toBe(true);
    expect(isFinnishPostalCode('0010')).toBe(false);
    expect(isFinnishPostalCode('001000')).toBe(false);
    expect(isFinnishPostalCode('00 100')).toBe(false);
    expect(isFinnishPostalCode('FI-00100')).toBe(false);
  });
  it('checks email loosely', () => {
    expect(looksLikeEmail('aino.virtanen@example.fi')).toBe(true);
    expect(looksLikeEmail('åsa+test@kommun.ax')).toBe(true);
    expect(looksLikeEmail('aino.virtanen')).toBe(false);
    expect(looksLikeEmail('aino@example')).toBe(false);
    expect(looksLikeEmail('a b@example.fi')).toBe(false);
  });
  it('checks phone numbers loosely', () => {
    expect(looksLikePhone('040 123 4567')).toBe(true);
    expect(looksLikePhone('+358 40 123 4567')).toBe(true);
    expect(looksLikePhone('09-310 12345')).toBe(true);
    expect(looksLikePhone('puhelin')).toBe(false);
    expect(looksLikePhone('123')).toBe(false);
  });
});
