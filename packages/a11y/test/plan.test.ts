import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checks, planChecks, storybookTargets } from '../src/audit.ts';

describe('planChecks: which browser check runs in which mode', () => {
  it('checks focus in every colour mode, reflow in every narrow mode and the rest once', () => {
    const plan = planChecks(['light', 'dark', 'high-contrast', 'forced-colors', '320-text-200'], checks);
    expect(Object.fromEntries(plan)).toEqual({
      light: ['text-spacing', 'focus-visible', 'target-size', 'keyboard-trap'],
      dark: ['focus-visible'],
      'high-contrast': ['focus-visible'],
      'forced-colors': ['focus-visible'],
      '320-text-200': ['reflow'],
    });
  });

  it('runs a check whose modes were not asked for in the first mode, so no check is silently skipped', () => {
    const plan = planChecks(['dark'], ['reflow', 'focus-visible']);
    expect(plan.get('dark')).toEqual(['reflow', 'focus-visible']);
    const narrow = planChecks(['320'], ['focus-visible', 'target-size']);
    expect(narrow.get('320')).toEqual(['focus-visible', 'target-size']);
  });

  it('runs only the checks asked for', () => {
    const plan = planChecks(['light', '320'], ['reflow']);
    expect(Object.fromEntries(plan)).toEqual({ light: [], 320: ['reflow'] });
  });
});

describe('storybookTargets: which stories a Storybook audit visits', () => {
  it('leaves out docs entries, stories tagged !test and stories with an excluded tag, and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aukio-targets-'));
    const entry = (id: string, tags: string[], type = 'story') => [id, { id, title: 'T', name: id, type, tags }];
    const entries = Object.fromEntries([
      entry('a--default', ['dev', 'test']),
      entry('a--states', ['dev', 'test', 'visual']),
      entry('a--demo', ['dev', '!test']),
      entry('a--docs', ['dev'], 'docs'),
    ]);
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ entries }));
    expect(storybookTargets(dir, 'http://x').map((t) => t.id)).toEqual(['a--default', 'a--states']);
    expect(storybookTargets(dir, 'http://x', { excludeTags: ['visual'] }).map((t) => t.id)).toEqual(['a--default']);
  });
});
