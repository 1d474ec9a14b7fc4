import { useEffect, type RefObject } from 'react';
import { hasAccessibleName, warnOnce } from './dev';

/**
 * In development, warns once when the rendered control has no accessible name. The types already demand a
 * label; this catches empty strings, `as any` and labels that point at nothing. In production it is an empty
 * function: no effect per control is scheduled, and bundlers drop the check and its message.
 */
export const useNameCheck: (ref: RefObject<HTMLElement | null>, component: string) => void =
  process.env.NODE_ENV !== 'production'
    ? function useNameCheck(ref, component) {
        useEffect(() => {
          const el = ref.current;
          if (el && !hasAccessibleName(el)) {
            warnOnce(
              `name:${component}`,
              `<${component}> has no accessible name. Give it a visible label (label prop or text content), or aria-label / aria-labelledby.`,
            );
          }
        });
      }
    : () => {};
