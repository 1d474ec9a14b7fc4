import { describe, expect, it } from 'vitest';
import { hetuCheckCharacter, hetuMessages, validateHetu } from './hetu';

describe('validateHetu', () => {
  it('accepts valid codes of every century sign', () => {
    expect(validateHetu('131052-308T')).toEqual({ valid: true, normalized: '131052-308T', birthDate: '1952-10-13' });
    expect(validateHetu('010150+0026').valid).toBe(hetuCheckCharacter('010150002') === '6');
    expect(validateHetu(`010101A002${hetuCheckCharacter('010101002')}`)).toMatchObject({ valid: true, birthDate: '2001-01-01' });
    expect(validateHetu(`311299Y123${hetuCheckCharacter('311299123')}`)).toMatchObject({ valid: true, birthDate: '1999-12-31' });
    expect(validateHetu(`010120F456${hetuCheckCharacter('010120456')}`)).toMatchObject({ valid: true, birthDate: '2020-01-01' });
    expect(validateHetu(`150790+321${hetuCheckCharacter('150790321')}`)).toMatchObject({ valid: true, birthDate: '1890-07-15' });
  });

  it('trims and upper-cases what was typed', () => {
    expect(validateHetu('  131052-308t ')).toMatchObject({ valid: true, normalized: '131052-308T' });
  });

  it('computes the check character from the nine digits modulo 31', () => {
    expect(hetuCheckCharacter('131052308')).toBe('T');
    expect(hetuCheckCharacter('000000000')).toBe('0');
    // 30 is the last index: Y.
    expect(hetuCheckCharacter(String(31 * 1000 + 30).padStart(9, '0'))).toBe('Y');
    expect(() => hetuCheckCharacter('12345')).toThrow();
  });

  it('names what is wrong', () => {
    expect(validateHetu('').problem).toBe('missing');
    expect(validateHetu('   ').problem).toBe('missing');
    expect(validateHetu('131052308T').problem).toBe('format');
    expect(validateHetu('131052-308').problem).toBe('format');
    expect(validateHetu('131052G308T').problem).toBe('format');
    expect(validateHetu('131052-308G').problem).toBe('format'); // G, I, O, Q, Z are never check characters
    expect(validateHetu('1310521-308T').problem).toBe('format');
    expect(validateHetu('310252-308T').problem).toBe('date'); // 31 February
    expect(validateHetu('290201-3081').problem).toBe('date'); // 1901 was not a leap year
    expect(validateHetu('001052-308T').problem).toBe('date');
    expect(validateHetu('131352-308T').problem).toBe('date');
    expect(validateHetu('131052-001T').problem).toBe('individual');
    expect(validateHetu('131052-308U').problem).toBe('check');
  });

  it('accepts 29 February only in leap years', () => {
    expect(validateHetu(`290200A123${hetuCheckCharacter('290200123')}`).valid).toBe(true);
    expect(validateHetu(`290200-123${hetuCheckCharacter('290200123')}`).problem).toBe('date'); // 1900
  });

  it('has a message for every problem in fi, sv and en', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      for (const problem of ['missing', 'format', 'date', 'individual', 'check'] as const) {
        expect(hetuMessages[locale][problem]).toMatch(/\S/);
      }
    }
    expect(hetuMessages.sv.format).not.toBe(hetuMessages.en.format);
  });
});
