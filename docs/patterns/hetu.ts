/**
 * Finnish personal identity code (henkilötunnus, personbeteckning): DDMMYYCNNNK.
 * C is the century sign: `+` 1800s; `-`, `Y`, `X`, `W`, `V`, `U` 1900s; `A`, `B`, `C`, `D`, `E`, `F` 2000s.
 * NNN is the individual number (002–899 for people; 900–999 temporary), K the check character: the nine
 * digits DDMMYYNNN as one number, modulo 31, indexed into `0123456789ABCDEFHJKLMNPRSTUVWXY`.
 *
 * An example for docs and tests only; a real service checks the code against the population register.
 */
export type HetuProblem = 'missing' | 'format' | 'date' | 'individual' | 'check';

export interface HetuResult {
  valid: boolean;
  /** The code as it should be stored: trimmed, upper case. */
  normalized: string;
  problem?: HetuProblem;
  /** The date of birth as YYYY-MM-DD when the date part is a real date. */
  birthDate?: string;
}

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};
const PATTERN = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/;

/** The check character for the nine digits DDMMYY + NNN. */
export function hetuCheckCharacter(digits: string): string {
  if (!/^\d{9}$/.test(digits)) throw new Error('hetuCheckCharacter needs nine digits');
  return CHECK[Number(digits) % 31]!;
}

export function validateHetu(input: string): HetuResult {
  const normalized = input.trim().toUpperCase();
  if (!normalized) return { valid: false, normalized, problem: 'missing' };
  const match = PATTERN.exec(normalized);
  if (!match) return { valid: false, normalized, problem: 'format' };
  const [, dd, mm, yy, sign, nnn, check] = match as unknown as [string, string, string, string, string, string, string];
  const year = CENTURY[sign]! + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, normalized, problem: 'date' };
  }
  const birthDate = `${String(year).padStart(4, '0')}-${mm}-${dd}`;
  if (Number(nnn) < 2) return { valid: false, normalized, problem: 'individual', birthDate };
  if (hetuCheckCharacter(`${dd}${mm}${yy}${nnn}`) !== check) return { valid: false, normalized, problem: 'check', birthDate };
  return { valid: true, normalized, birthDate };
}

/** Messages for each problem, for the patterns' stories and docs (app content, not library strings). */
export const hetuMessages: Record<'fi' | 'sv' | 'en', Record<HetuProblem, string>> = {
  fi: {
    missing: 'Kirjoita henkilötunnuksesi',
    format: 'Kirjoita henkilötunnus muodossa ppkkvv-nnnt, esimerkiksi 131052-308T',
    date: 'Henkilötunnuksen alussa pitää olla oikea syntymäaika muodossa ppkkvv',
    individual: 'Tarkista henkilötunnuksen loppuosa: se ei ole mahdollinen',
    check: 'Tarkista henkilötunnus: viimeinen merkki ei täsmää muihin merkkeihin',
  },
  sv: {
    missing: 'Skriv din personbeteckning',
    format: 'Skriv personbeteckningen i formen ddmmåå-nnnk, till exempel 131052-308T',
    date: 'Personbeteckningen ska börja med ett riktigt födelsedatum i formen ddmmåå',
    individual: 'Kontrollera slutet av personbeteckningen: det är inte möjligt',
    check: 'Kontrollera personbeteckningen: det sista tecknet stämmer inte med de andra',
  },
  en: {
    missing: 'Enter your personal identity code',
    format: 'Enter the personal identity code in the form ddmmyy-nnnc, for example 131052-308T',
    date: 'The personal identity code must start with a real date of birth in the form ddmmyy',
    individual: 'Check the end of the personal identity code: it is not possible',
    check: 'Check the personal identity code: the last character does not match the others',
  },
};
