import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';
import { afterEach, expect } from 'vitest';
import { clearAnnouncements } from '../src/internal/announcer';
import { resetWarnings } from '../src/internal/dev';

expect.extend(toHaveNoViolations);

// Every component is rendered under StrictMode, as in the story tests and in apps.
configure({ reactStrictMode: true });

afterEach(() => {
  cleanup();
  clearAnnouncements();
  resetWarnings();
});

// jsdom has no canvas; axe probes it for colour contrast, which only the browser story tests can check.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}
