import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (measure and place before paint), `useEffect` on the server, where there is
 * no layout and React 18 warns about layout effects. The one copy for every component.
 */
export const useBrowserLayoutEffect: typeof useLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
