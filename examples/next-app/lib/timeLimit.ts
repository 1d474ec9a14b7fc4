// The time-limited application (app/[lang]/timed): what the server knows about each visit. The server alone
// decides when the sign-in ends (`expiresAt`, rendered into the page for SessionTimeoutWarning) and keeps the
// answers for `KEEP_HOURS` after it, so signing in again returns to the same step with every answer (G105).
// A demo store in the server's memory (one `next start` process); a real service keeps this in its database.
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';

export const LIMIT_MINUTES = 20;
export const KEEP_HOURS = 24;
export const VISIT_COOKIE = 'permit-visit';
const MINUTE = 60_000;

export const timedSteps = ['contact', 'vehicle', 'check'] as const;
export type TimedStep = (typeof timedSteps)[number];
export const isTimedStep = (value: unknown): value is TimedStep => (timedSteps as readonly unknown[]).includes(value);
/** The fields of each step that takes answers. */
export const stepFields = { contact: ['name', 'email'], vehicle: ['reg'] } as const satisfies Partial<Record<TimedStep, readonly string[]>>;

export interface Visit {
  answers: Record<string, string>;
  /** When the sign-in ends, on the server's clock (epoch ms). */
  expiresAt: number;
  /** Signed out by the time limit: the answers are kept, the pages show the signed-out page. */
  expired: boolean;
  /** The step a sign-in returns to. */
  resume: TimedStep;
}

// On globalThis: the pages, the server actions and the route handlers each get their own copy of a module.
const shared = globalThis as typeof globalThis & { aukioVisits?: Map<string, Visit>; aukioClockOffset?: number };
const visits = (shared.aukioVisits ??= new Map());

/** The server's clock. The tests move it forward (app/api/test-clock, only when AUKIO_TEST_CLOCK=1). */
export const now = () => Date.now() + (shared.aukioClockOffset ?? 0);
export function advanceClock(ms: number) {
  shared.aukioClockOffset = (shared.aukioClockOffset ?? 0) + ms;
}

/** The visit of this request, with the time limit applied: `null` when there is none or its answers have gone. */
export async function currentVisit(): Promise<{ id: string; visit: Visit } | null> {
  const id = (await cookies()).get(VISIT_COOKIE)?.value;
  const visit = id ? visits.get(id) : undefined;
  if (!id || !visit) return null;
  if (now() >= visit.expiresAt + KEEP_HOURS * 60 * MINUTE) {
    visits.delete(id);
    return null;
  }
  if (now() >= visit.expiresAt) visit.expired = true;
  return { id, visit };
}

/** Activity while signed in (a page, a post, typing, "Continue"): the limit starts again. */
export function touch(visit: Visit): number {
  if (!visit.expired) visit.expiresAt = now() + LIMIT_MINUTES * MINUTE;
  return visit.expiresAt;
}

/** Starts a visit and sets its cookie (in a server action or a route handler only). */
export async function startVisit(): Promise<Visit> {
  const id = randomUUID();
  const visit: Visit = { answers: {}, expiresAt: now() + LIMIT_MINUTES * MINUTE, expired: false, resume: 'contact' };
  visits.set(id, visit);
  // The store decides how long the answers are kept; the cookie outlives that (a week), so closing the
  // browser or extending for hours does not lose them.
  (await cookies()).set(VISIT_COOKIE, id, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 7 * 24 * 3600 });
  return visit;
}

/** The demo sign-in: signed in again at once, the answers and the step as they were. */
export function signIn(visit: Visit) {
  visit.expired = false;
  visit.expiresAt = now() + LIMIT_MINUTES * MINUTE;
}

export async function endVisit(id: string) {
  visits.delete(id);
  (await cookies()).delete(VISIT_COOKIE);
}

/** Fills `{name}` placeholders of the app's texts. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
