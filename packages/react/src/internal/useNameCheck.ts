import { useEffect, type RefObject } from 'react';
import { hasAccessibleName, warnOnce } from './dev';

/**
 * In development, warns once when the rendered control has no accessible name. The types already demand a
 * label; this catches empty strings, `as any` and labels that point at nothing.
 */
export function useNameCheck(ref: RefObject<HTMLElement | null>, component: string): void {
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const el = ref.current;
    if (el && !hasAccessibleName(el)) {
      warnOnce(
        `name:${component}`,
        `<${component}> has no accessible name. Give it a visible label (label prop or text content), or aria-label / aria-labelledby.`,
      );
    }
  });
}
