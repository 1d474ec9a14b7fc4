import { useMemo, type Ref, type RefCallback } from 'react';

/** Combines refs so a component can keep its own ref and forward the caller's. */
export function mergeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (value) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(value);
      else if (ref) (ref as { current: T | null }).current = value;
    }
  };
}

/**
 * `mergeRefs` kept the same between renders while the refs stay the same, so React does not detach and
 * re-attach the element on every render (a field re-rendered on each keystroke would otherwise do so).
 */
export function useMergedRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  // The refs are the dependencies themselves.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => mergeRefs(...refs), refs);
}
