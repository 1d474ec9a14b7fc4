// @vitest-environment node
// @aukio/react/server pulls in no client module: every import of src/server.ts is followed, transitively, and
// each module reached is read as code (client-boundary.ts). Then the helpers run here, in plain Node.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientModulesReachedFrom } from '../client-boundary.ts';
import * as server from '../src/server';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function resolve(spec: string, from: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

describe('@aukio/react/server', () => {
  it('reaches no client module through any import', () => {
    const { modules, client } = clientModulesReachedFrom(join(src, 'server.ts'), resolve, (p) => readFileSync(p, 'utf8'));
    expect(modules.length).toBeGreaterThan(5);
    expect(client).toEqual([]);
  });

  it('would notice a client module behind the entry (the walk follows barrels into components)', () => {
    const { client } = clientModulesReachedFrom(join(src, 'DateInput/index.ts'), resolve, (p) => readFileSync(p, 'utf8'));
    expect(client.map((c) => c.file.slice(src.length))).toContain('DateInput/DateInput.tsx');
  });

  it('runs its helpers in plain Node', () => {
    const form = new FormData();
    form.set('start-day', '31');
    form.set('start-month', '2');
    form.set('start-year', '2027');
    const parts = server.datePartsFromFormData(form, 'start');
    const date = server.validateDateParts(parts, { locale: 'en' });
    expect(date.value).toBeNull();
    expect(date.error).toBeTruthy();
    expect(server.validateNumber('12,5', { locale: 'fi', integer: true }).error).toBeTruthy();
    const record = server.consentRecordFromForm(new URLSearchParams('consent=accept-all'), {
      purposes: ['analytics'],
      policyVersion: '1',
      locale: 'sv',
    });
    expect(record?.purposes).toEqual({ analytics: true });
    const cookie = server.serializeConsentCookie(record!).split(';')[0];
    expect(server.consentFromCookieHeader(`a=1; ${cookie}`, { purposes: ['analytics'], policyVersion: '1' })).toEqual(record);
  });
});
