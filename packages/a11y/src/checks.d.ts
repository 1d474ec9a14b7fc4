import type { Page } from 'playwright';

export interface Violation {
  /** `reflow`, `text-spacing`, `focus-visible`, `target-size` or `keyboard-trap`. */
  check: string;
  /** WCAG success criterion, e.g. `1.4.10`. */
  criterion: string;
  level: 'A' | 'AA' | 'AAA';
  /** Beyond AA: shown, never a conformance failure. */
  advisory: boolean;
  /** Short path of the element at fault. */
  target: string;
  message: string;
}

export declare const textSpacingCss: string;
export declare const interactiveSelector: string;
export declare function checkReflow(page: Page, options?: { width?: number; height?: number }): Promise<Violation[]>;
export declare function checkTextSpacing(page: Page): Promise<Violation[]>;
export declare function checkTargetSize(page: Page, options?: { min?: number }): Promise<Violation[]>;
export declare function checkFocusVisible(
  page: Page,
  options?: { maxElements?: number; label?: string; within?: string; tolerance?: number; minContrast?: number; minVisible?: number },
): Promise<Violation[]>;
