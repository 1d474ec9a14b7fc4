// WCAG success criteria from axe's rule tags, and for the checks axe does not make.

/**
 * Success criteria of an axe rule from its tags: `wcag143` -> `1.4.3`, `wcag2411` -> `2.4.11`.
 * Tags of conformance levels (`wcag2aa`, `wcag21a`) are not criteria and are skipped.
 * @param {string[]} tags
 * @returns {string[]}
 */
export function criteriaFromTags(tags) {
  const out = [];
  for (const tag of tags ?? []) {
    const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    if (m) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return [...new Set(out)].sort(compareCriteria);
}

/**
 * Orders criteria numerically (1.4.3 before 1.4.10).
 * @param {string} a
 * @param {string} b
 */
export function compareCriteria(a, b) {
  const pa = a.split(/[.\s]/).map(Number);
  const pb = b.split(/[.\s]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

/** The criteria of the browser checks made outside axe. */
export const checkCriteria = {
  reflow: ['1.4.10'],
  'text-spacing': ['1.4.12'],
  'focus-visible': ['2.4.7'],
  'target-size': ['2.5.8'],
  'keyboard-trap': ['2.1.2'],
};
