// Pure helpers of SessionTimeoutWarning (no hooks, no DOM): safe to use on the server.

/** An expiry as the server knows it: an ISO 8601 string or epoch milliseconds. `NaN` when unreadable. */
export type ExpiryTime = string | number;

export function expiryMs(value: ExpiryTime): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

/** The shortest warning: two minutes, so a slow reader or a switch user has time to act (WCAG 2.2.1 asks ≥ 20 s). */
export const minWarnBefore = 2 * 60_000;

export function clampWarnBefore(ms: number | undefined): number {
  return Math.max(minWarnBefore, ms ?? 5 * 60_000);
}

/**
 * The time left as it is spoken: whole minutes while a minute or more is left (rounded up, so 4 min 59 s is
 * "5 minutes"), then 45, 30 and 15 seconds. The text changes at most once every 15 s, so a screen reader is never
 * told every second (the fault hmrc-frontend fixed in 2020). `null` when the time is up.
 */
export function spokenTimeLeft(msLeft: number): { unit: 'minutes' | 'seconds'; count: number } | null {
  if (msLeft <= 0) return null;
  if (msLeft > 45_000) return { unit: 'minutes', count: Math.ceil(msLeft / 60_000) };
  return { unit: 'seconds', count: Math.ceil(msLeft / 15_000) * 15 };
}
