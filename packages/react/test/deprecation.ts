import { expect, vi } from 'vitest';
import { resetWarnings } from '../src/internal/dev';

/**
 * Runs `act`, which uses a renamed prop's old name (internal/deprecated.ts), and checks that the component
 * warned about it exactly once in development.
 */
export async function expectOneDeprecationWarning(component: string, prop: string, act: () => unknown): Promise<void> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  resetWarnings();
  try {
    await act();
    expect(warn.mock.calls.filter(([message]) => String(message).includes(`<${component}> \`${prop}\` is deprecated`))).toHaveLength(1);
  } finally {
    warn.mockRestore();
  }
}
