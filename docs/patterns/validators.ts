// Small checks the form patterns use. Loose on purpose: they catch typing mistakes, never reject a real value.

/** A Finnish postal code: exactly five digits. Spaces typed around it are ignored. */
export function isFinnishPostalCode(value: string): boolean {
  return /^\d{5}$/.test(value.trim());
}

/** One @ with text on both sides and a dot after it. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** Digits with spaces, + and - allowed, 6 to 20 characters. */
export const looksLikePhone = (value: string) => /^\+?[\d\s-]{6,20}$/.test(value.trim());
