import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

declare const process: { env: Record<string, string | undefined> };

// The unit tests run twice: against React 19 (project "unit") and React 18.3 ("unit-react18").
it('runs against the React major the project asks for', () => {
  const expected = process.env.AUKIO_EXPECT_REACT ?? '19';
  expect(version.split('.')[0]).toBe(expected);
  expect(domVersion.split('.')[0]).toBe(expected);
});
