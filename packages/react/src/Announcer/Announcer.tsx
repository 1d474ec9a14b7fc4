import { forwardRef, useCallback, useEffect, useRef, type HTMLAttributes } from 'react';
import { announce, type Politeness } from '../internal/announcer';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { mergeRefs } from '../internal/mergeRefs';

export type AnnouncePoliteness = Politeness;
export type AnnounceFunction = (message: string, politeness?: AnnouncePoliteness) => void;

/** The ids `internal/announcer` looks for: the page's one polite and one assertive live region. */
const regionIds = { polite: 'aukio-announcer-polite', assertive: 'aukio-announcer-assertive' } as const;

export type AnnouncerProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'>;

/**
 * Renders the page's two live regions in the app shell, so they are in the server HTML and in the
 * accessibility tree before the first message. Optional: without it the regions are created on the first
 * announcement. Render it once, near the start of `<body>`; all Aukio components and `useAnnounce()` write
 * into these regions.
 */
export const Announcer = forwardRef<HTMLDivElement, AnnouncerProps>(function Announcer({ className, ...rest }, ref) {
  const own = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = own.current;
    if (!root) return;
    for (const id of Object.values(regionIds)) {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(`[id="${id}"]`))) {
        if (root.contains(el)) continue;
        if (el.hasAttribute('data-aukio-announcer')) {
          if (process.env.NODE_ENV !== 'production') warnOnce('announcer:twice', '<Announcer /> is rendered more than once. Render it once in the app shell.');
          continue;
        }
        // A region made on the fly before this component mounted: this one takes over (same id).
        el.remove();
      }
    }
  }, []);

  return (
    <div ref={mergeRefs(own, ref)} className={cx('aukio-announcer', className)} {...rest}>
      <div
        id={regionIds.polite}
        className="aukio-visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-aukio-announcer=""
      />
      <div
        id={regionIds.assertive}
        className="aukio-visually-hidden"
        role="alert"
        aria-live="assertive"
        aria-atomic="true"
        data-aukio-announcer=""
      />
    </div>
  );
});

/**
 * Returns a stable function that reads a message to screen reader users through the page's live regions:
 * `announce('Saved')` politely, `announce('Connection lost', 'assertive')` interrupting. Nothing is shown on
 * screen; show the message visually too.
 */
export function useAnnounce(): AnnounceFunction {
  return useCallback<AnnounceFunction>((message, politeness = 'polite') => announce(message, politeness), []);
}
