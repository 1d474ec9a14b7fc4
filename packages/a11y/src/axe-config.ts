// The one axe configuration Aukio uses everywhere: jest-axe unit tests, Storybook's a11y panel and the
// story tests in Chromium. Teams use the same through @aukio/a11y.

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus Deque's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules turned off, each with its reason. Keep this list short: every entry is a barrier nobody checks.
 */
export const disabledRules: Record<string, { enabled: false; reason: string }> = {
  // A story or unit test renders one component in isolation, not a page. Landmark completeness is checked
  // where pages exist: the page-level stories and the example service audited with every rule.
  region: { enabled: false, reason: 'Components are rendered in isolation; page landmarks are checked on page-level stories and app audits.' },
};

/** Options for axe.run / jest-axe's configureAxe and Storybook's a11y `options`. */
export const axeRunOptions = {
  runOnly: { type: 'tag', values: axeTags },
  rules: Object.fromEntries(Object.entries(disabledRules).map(([id, r]) => [id, { enabled: r.enabled }])),
};
