import type { ReactNode } from 'react';

/**
 * How a form control gets its accessible name. A visible `label` is the default and the recommendation;
 * `aria-label` or `aria-labelledby` are for the rare control whose label is already visible elsewhere
 * (a table column header, a search field beside its heading). Exactly one is allowed, so an unlabelled
 * control is a type error.
 */
export type ControlName =
  | { label?: never; 'aria-label'?: never; 'aria-labelledby': string }
  | { label?: never; 'aria-label': string; 'aria-labelledby'?: never }
  // Last on purpose: TypeScript reports a missing name against the last member, so the error for an
  // unlabelled control reads "Property 'label' is missing", pointing at the recommended fix first.
  | { label: ReactNode; 'aria-label'?: never; 'aria-labelledby'?: never };
