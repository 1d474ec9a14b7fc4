import { useCallback, useState } from 'react';

/**
 * Controlled (`value` given) or uncontrolled state, the one way every stateful component keeps it (see
 * docs/ApiConventions.mdx). `onChange` is called on every change either way, with any extra arguments the
 * setter gets (the event, the parts).
 */
export function useControllable<T, Extra extends unknown[] = []>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (value: T, ...extra: Extra) => void,
) {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T, ...extra: Extra) => {
      if (!controlled) setInner(next);
      onChange?.(next, ...extra);
    },
    [controlled, onChange],
  );
  return [controlled ? value : inner, set] as const;
}
