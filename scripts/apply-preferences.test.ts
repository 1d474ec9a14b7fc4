// The static first-paint script of ReadingPreferences (packages/react/src/ReadingPreferences/apply-preferences.js)
// must set exactly the attributes the library's own parser gives, for valid and for corrupt stored values.
// It lives here because it loads the script as text (vite's ?raw), which the package's own tsconfig has no types for.
import { afterEach, describe, expect, it } from 'vitest';
import script from '../packages/react/src/ReadingPreferences/apply-preferences.js?raw';
import {
  READING_PREFERENCES_KEY,
  readingPreferenceAttributeNames,
  readingPreferenceAttributes,
  serializeReadingPreferences,
} from '../packages/react/src/ReadingPreferences/preferences';

const run = new Function(script) as () => void;
const rootAttributes = () =>
  Object.fromEntries(
    readingPreferenceAttributeNames.filter((n) => document.documentElement.hasAttribute(n)).map((n) => [n, document.documentElement.getAttribute(n)]),
  );

afterEach(() => {
  window.localStorage.clear();
  for (const n of readingPreferenceAttributeNames) document.documentElement.removeAttribute(n);
});

describe('apply-preferences.js', () => {
  it('is an IIFE with no globals, no inline style and no imports', () => {
    expect(script.trim()).toMatch(/^\/\*[\s\S]*?\*\/\s*\(function \(\) \{/);
    expect(script).not.toMatch(/\bimport\b|\bexport\b|\.style\b|innerHTML|eval\(/);
  });

  it('sets the same attributes as readingPreferenceAttributes for valid, old and corrupt values', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values: (string | null)[] = [
      null,
      '',
      'garbage',
      '{"version":1,',
      '{"version":2,"theme":"dark"}',
      '{"version":1,"theme":"dark","textSize":"150","spacing":"yes","reduceMotion":true}',
      serializeReadingPreferences({ theme: 'auto', textSize: 200, spacing: true, reduceMotion: true, underlineLinks: true }),
      `{"version":1,"theme":"${'x'.repeat(3000)}"}`,
    ];
    for (let i = 0; i < 300; i++) {
      const obj: Record<string, unknown> = { version: rand() < 0.8 ? 1 : 2 };
      const options: Record<string, unknown[]> = {
        theme: ['light', 'dark', 'high-contrast', 'auto', 'sepia', 3, null],
        textSize: [100, 125, 150, 200, '150', 175, 'x', null],
        spacing: [true, false, 'true', 1],
        reduceMotion: [true, false, 0],
        underlineLinks: [true, false, 'no'],
      };
      for (const [k, list] of Object.entries(options)) if (rand() < 0.85) obj[k] = list[Math.floor(rand() * list.length)];
      const json = JSON.stringify(obj);
      values.push(rand() < 0.15 ? json.slice(0, Math.floor(rand() * json.length)) : json);
    }
    for (const value of values) {
      window.localStorage.clear();
      if (value !== null) window.localStorage.setItem(READING_PREFERENCES_KEY, value);
      expect(() => run()).not.toThrow();
      expect(rootAttributes(), String(value).slice(0, 120)).toEqual(readingPreferenceAttributes(value));
    }
  });

  it('removes attributes left from earlier values', () => {
    document.documentElement.setAttribute('data-aukio-spacing', '');
    document.documentElement.setAttribute('data-aukio-text-size', '200');
    run();
    expect(rootAttributes()).toEqual({ 'data-aukio-theme': 'light' });
  });
});
