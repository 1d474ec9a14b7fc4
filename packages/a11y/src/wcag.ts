// WCAG success criteria from axe's rule tags, and for the checks axe does not make.

/**
 * Success criteria of an axe rule from its tags: `wcag143` -> `1.4.3`, `wcag2411` -> `2.4.11`.
 * Tags of conformance levels (`wcag2aa`, `wcag21a`) are not criteria and are skipped.
 */
export function criteriaFromTags(tags: string[]): string[] {
  const out = [];
  for (const tag of tags ?? []) {
    const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    if (m) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return [...new Set(out)].sort(compareCriteria);
}

/**
 * Orders criteria numerically (1.4.3 before 1.4.10).
 */
export function compareCriteria(a: string, b: string) {
  const pa = a.split(/[.\s]/).map(Number);
  const pb = b.split(/[.\s]/).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

/**
 * The criteria of the browser checks made outside axe. The focus check reports 2.4.7 when focus changes nothing
 * visible, and 2.4.13 (AAA, advisory) when the change is smaller than 2.4.13's measure.
 */
export const checkCriteria = {
  reflow: ['1.4.10'],
  'text-spacing': ['1.4.12'],
  'focus-visible': ['2.4.7', '2.4.13'],
  'target-size': ['2.5.8'],
  'keyboard-trap': ['2.1.2'],
};

/** The level a statement and a CI run hold a service to: WCAG 2.2 AA (EU directive 2016/2102, EN 301 549). */
export const requiredLevels = (['A', 'AA'] as const);

/**
 * The level of a criterion number ("1.4.3" or "1.4.3 Contrast (Minimum)"), or undefined for a number that is
 * not a WCAG 2.2 success criterion.
 */
export function levelOf(criterion: string): 'A' | 'AA' | 'AAA' | undefined {
  const id = String(criterion).split(/\s/)[0];
  return Object.hasOwn(successCriteria, id) ? successCriteria[id].level : undefined;
}

/**
 * Why a criterion reference ("1.4.3" or "1.4.3 Contrast (Minimum)") cannot name a failure of the statement's
 * requirements, or undefined when it can: not a WCAG 2.2 success criterion (4.9.99, or 4.1.1 which 2.2
 * made obsolete), or a level AAA criterion (beyond what the law requires; not a conformance failure).
 */
export function criterionProblem(criterion: unknown): string | undefined {
  if (typeof criterion !== 'string' || !/^\d+\.\d+\.\d+(\s.*)?$/.test(criterion)) return `${JSON.stringify(criterion)} is not a WCAG success criterion number such as "1.4.3"`;
  const id = criterion.split(/\s/)[0];
  const level = levelOf(id);
  if (!level) return `"${id}" is not a WCAG 2.2 success criterion`;
  if (level === 'AAA') return `"${id}" ${successCriteria[id].name} is level AAA, beyond the AA the statement reports on; it is not a conformance failure`;
  return undefined;
}

/**
 * The level of a finding: the lowest level among its criteria (the strictest requirement it fails), or null
 * for a best-practice rule with no criterion.
 */
export function findingLevel(criteria: string[]): 'A' | 'AA' | 'AAA' | null {
  const levels = criteria.map(levelOf);
  return levels.includes('A') ? 'A' : levels.includes('AA') ? 'AA' : levels.includes('AAA') ? 'AAA' : null;
}

/**
 * Whether a finding with these criteria is advisory: it fails none of the criteria at level A or AA (only AAA
 * ones, or none at all), so it is shown but is never a conformance failure.
 */
export function isAdvisory(criteria: string[]) {
  return !criteria.some((c) => {
    const level = levelOf(c);
    return level === 'A' || level === 'AA';
  });
}

/**
 * The success criteria of WCAG 2.2 with their names and levels (4.1.1 Parsing is obsolete in 2.2 and left
 * out). The one table of criterion names in Aukio: the conformance records of the components, their docs
 * table and the accessibility statement read it.
 */
export const successCriteria: Readonly<Record<string, { name: string; level: 'A' | 'AA' | 'AAA' }>> = Object.freeze({
  '1.1.1': { name: 'Non-text Content', level: 'A' },
  '1.2.1': { name: 'Audio-only and Video-only (Prerecorded)', level: 'A' },
  '1.2.2': { name: 'Captions (Prerecorded)', level: 'A' },
  '1.2.3': { name: 'Audio Description or Media Alternative (Prerecorded)', level: 'A' },
  '1.2.4': { name: 'Captions (Live)', level: 'AA' },
  '1.2.5': { name: 'Audio Description (Prerecorded)', level: 'AA' },
  '1.2.6': { name: 'Sign Language (Prerecorded)', level: 'AAA' },
  '1.2.7': { name: 'Extended Audio Description (Prerecorded)', level: 'AAA' },
  '1.2.8': { name: 'Media Alternative (Prerecorded)', level: 'AAA' },
  '1.2.9': { name: 'Audio-only (Live)', level: 'AAA' },
  '1.3.1': { name: 'Info and Relationships', level: 'A' },
  '1.3.2': { name: 'Meaningful Sequence', level: 'A' },
  '1.3.3': { name: 'Sensory Characteristics', level: 'A' },
  '1.3.4': { name: 'Orientation', level: 'AA' },
  '1.3.5': { name: 'Identify Input Purpose', level: 'AA' },
  '1.3.6': { name: 'Identify Purpose', level: 'AAA' },
  '1.4.1': { name: 'Use of Color', level: 'A' },
  '1.4.2': { name: 'Audio Control', level: 'A' },
  '1.4.3': { name: 'Contrast (Minimum)', level: 'AA' },
  '1.4.4': { name: 'Resize Text', level: 'AA' },
  '1.4.5': { name: 'Images of Text', level: 'AA' },
  '1.4.6': { name: 'Contrast (Enhanced)', level: 'AAA' },
  '1.4.7': { name: 'Low or No Background Audio', level: 'AAA' },
  '1.4.8': { name: 'Visual Presentation', level: 'AAA' },
  '1.4.9': { name: 'Images of Text (No Exception)', level: 'AAA' },
  '1.4.10': { name: 'Reflow', level: 'AA' },
  '1.4.11': { name: 'Non-text Contrast', level: 'AA' },
  '1.4.12': { name: 'Text Spacing', level: 'AA' },
  '1.4.13': { name: 'Content on Hover or Focus', level: 'AA' },
  '2.1.1': { name: 'Keyboard', level: 'A' },
  '2.1.2': { name: 'No Keyboard Trap', level: 'A' },
  '2.1.3': { name: 'Keyboard (No Exception)', level: 'AAA' },
  '2.1.4': { name: 'Character Key Shortcuts', level: 'A' },
  '2.2.1': { name: 'Timing Adjustable', level: 'A' },
  '2.2.2': { name: 'Pause, Stop, Hide', level: 'A' },
  '2.2.3': { name: 'No Timing', level: 'AAA' },
  '2.2.4': { name: 'Interruptions', level: 'AAA' },
  '2.2.5': { name: 'Re-authenticating', level: 'AAA' },
  '2.2.6': { name: 'Timeouts', level: 'AAA' },
  '2.3.1': { name: 'Three Flashes or Below Threshold', level: 'A' },
  '2.3.2': { name: 'Three Flashes', level: 'AAA' },
  '2.3.3': { name: 'Animation from Interactions', level: 'AAA' },
  '2.4.1': { name: 'Bypass Blocks', level: 'A' },
  '2.4.2': { name: 'Page Titled', level: 'A' },
  '2.4.3': { name: 'Focus Order', level: 'A' },
  '2.4.4': { name: 'Link Purpose (In Context)', level: 'A' },
  '2.4.5': { name: 'Multiple Ways', level: 'AA' },
  '2.4.6': { name: 'Headings and Labels', level: 'AA' },
  '2.4.7': { name: 'Focus Visible', level: 'AA' },
  '2.4.8': { name: 'Location', level: 'AAA' },
  '2.4.9': { name: 'Link Purpose (Link Only)', level: 'AAA' },
  '2.4.10': { name: 'Section Headings', level: 'AAA' },
  '2.4.11': { name: 'Focus Not Obscured (Minimum)', level: 'AA' },
  '2.4.12': { name: 'Focus Not Obscured (Enhanced)', level: 'AAA' },
  '2.4.13': { name: 'Focus Appearance', level: 'AAA' },
  '2.5.1': { name: 'Pointer Gestures', level: 'A' },
  '2.5.2': { name: 'Pointer Cancellation', level: 'A' },
  '2.5.3': { name: 'Label in Name', level: 'A' },
  '2.5.4': { name: 'Motion Actuation', level: 'A' },
  '2.5.5': { name: 'Target Size (Enhanced)', level: 'AAA' },
  '2.5.6': { name: 'Concurrent Input Mechanisms', level: 'AAA' },
  '2.5.7': { name: 'Dragging Movements', level: 'AA' },
  '2.5.8': { name: 'Target Size (Minimum)', level: 'AA' },
  '3.1.1': { name: 'Language of Page', level: 'A' },
  '3.1.2': { name: 'Language of Parts', level: 'AA' },
  '3.1.3': { name: 'Unusual Words', level: 'AAA' },
  '3.1.4': { name: 'Abbreviations', level: 'AAA' },
  '3.1.5': { name: 'Reading Level', level: 'AAA' },
  '3.1.6': { name: 'Pronunciation', level: 'AAA' },
  '3.2.1': { name: 'On Focus', level: 'A' },
  '3.2.2': { name: 'On Input', level: 'A' },
  '3.2.3': { name: 'Consistent Navigation', level: 'AA' },
  '3.2.4': { name: 'Consistent Identification', level: 'AA' },
  '3.2.5': { name: 'Change on Request', level: 'AAA' },
  '3.2.6': { name: 'Consistent Help', level: 'A' },
  '3.3.1': { name: 'Error Identification', level: 'A' },
  '3.3.2': { name: 'Labels or Instructions', level: 'A' },
  '3.3.3': { name: 'Error Suggestion', level: 'AA' },
  '3.3.4': { name: 'Error Prevention (Legal, Financial, Data)', level: 'AA' },
  '3.3.5': { name: 'Help', level: 'AAA' },
  '3.3.6': { name: 'Error Prevention (All)', level: 'AAA' },
  '3.3.7': { name: 'Redundant Entry', level: 'A' },
  '3.3.8': { name: 'Accessible Authentication (Minimum)', level: 'AA' },
  '3.3.9': { name: 'Accessible Authentication (Enhanced)', level: 'AAA' },
  '4.1.2': { name: 'Name, Role, Value', level: 'A' },
  '4.1.3': { name: 'Status Messages', level: 'AA' },
});
