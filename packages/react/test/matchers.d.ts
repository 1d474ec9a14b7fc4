import 'vitest';

declare module 'vitest' {
  interface Matchers<T = unknown> {
    /** jest-axe: the axe results contain no violations. */
    toHaveNoViolations(): T;
  }
}
