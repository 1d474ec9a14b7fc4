/**
 * The `tel:` address of a phone number written for people ("09 310 12345", "+358 9 310 12345"): the digits,
 * with a leading `+` kept. Pure, so it can run on the server.
 */
export function telHref(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
