import { useEffect, useRef, type ReactNode } from 'react';
import { AukioProvider, type AukioLocale } from '../../src/i18n';
import './StateGrid.css';

/**
 * The `States` stories: every state of a component side by side, one captioned cell per state. The same story
 * is the component's visual-regression subject (tag `visual`) and the "all states" canvas of its docs page.
 *
 * A cell's `force` names the pseudo-classes the visual runner forces through the DevTools protocol (real
 * `:hover`, `:focus-visible`, … rendering, not look-alike classes). It forces them on the element marked
 * `data-visual-target` inside the cell, else on the first focusable element in it. On a docs page nothing is
 * forced, so the caption says how to see that state.
 */
export type ForcedState = 'hover' | 'focus' | 'focus-visible' | 'active' | 'focus-within';

const howToSee: Record<ForcedState, string> = {
  hover: 'shown when you point at it',
  focus: 'shown when it has focus',
  'focus-visible': 'shown when you Tab to it',
  active: 'shown while you press it',
  'focus-within': 'shown when focus is inside',
};

export function StateGrid({ children }: { children: ReactNode }) {
  return <div className="aukio-state-grid">{children}</div>;
}

export interface StateCellProps {
  /** The state's name, in English like the rest of the docs: "Hover", "Disabled", "Error, Swedish". */
  label: string;
  /** Pseudo-classes the visual runner forces in this cell. */
  force?: readonly ForcedState[];
  /**
   * A CSS selector for the element to force the states on, when it is not the first focusable one in the cell
   * (a component that does not pass `data-visual-target` through): it gets `data-visual-target` after render.
   */
  target?: string;
  /** Replaces the default "how to see it" hint of a forced state. */
  hint?: string;
  /** Renders the cell's content in this language (built-in texts and `lang`), for layouts that differ by locale. */
  locale?: AukioLocale;
  /**
   * Wraps the content in a section named after the cell: a `<header>` or `<footer>` in it is then not the page's
   * banner or contentinfo, of which a page has one each (axe).
   */
  section?: boolean;
  /** The cell takes the whole row (long text, wide layouts). */
  wide?: boolean;
  /** Room below the content for an open popup, which is placed over whatever follows its trigger. */
  popup?: 'short' | 'tall';
  children: ReactNode;
}

export function StateCell({ label, force, target, hint, locale, section, wide, popup, children }: StateCellProps) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = body.current;
    if (!target || !root) return;
    // Again whenever the content changes: some controls appear after hydration (a clear button).
    let marked: Element | null = null;
    const mark = () => {
      const element = root.querySelector(target);
      if (element === marked) return;
      marked?.removeAttribute('data-visual-target');
      element?.setAttribute('data-visual-target', '');
      marked = element;
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      marked?.removeAttribute('data-visual-target');
    };
  }, [target]);
  const content = section ? <section aria-label={label}>{children}</section> : children;
  const shownHint = hint ?? (force?.length ? howToSee[force[force.length - 1] as ForcedState] : undefined);
  const className = [
    'aukio-state-cell',
    wide ? 'aukio-state-cell--wide' : '',
    popup === 'short' ? 'aukio-state-cell--popup' : '',
    popup === 'tall' ? 'aukio-state-cell--popup-tall' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <figure className={className} data-visual-force={force?.length ? force.join(' ') : undefined}>
      <figcaption className="aukio-state-cell__caption" lang="en">
        {label}
        {shownHint ? <span className="aukio-state-cell__hint"> ({shownHint})</span> : null}
      </figcaption>
      <div ref={body} className="aukio-state-cell__body" lang={locale}>
        {locale ? <AukioProvider locale={locale}>{content}</AukioProvider> : content}
      </div>
    </figure>
  );
}

/** The pointer and keyboard states of an interactive element, in the order a designer reads them. */
const interactions: readonly { name: string; force: readonly ForcedState[] }[] = [
  { name: 'hover', force: ['hover'] },
  { name: 'focus', force: ['focus', 'focus-visible'] },
  { name: 'active', force: ['active'] },
];

/**
 * Cells for one element: as it is, hovered and focused from the keyboard ("Primary", "Primary, hover", …);
 * `states` picks others (no component styles `:active` today, so pressed is left out unless asked for). The
 * element is rendered once per cell, so it must not hard-code an id; a landmark takes the cell's label from
 * `children` as a function, to get a name of its own in each cell (axe: landmark-unique).
 */
export function InteractionCells({
  label,
  states = ['hover', 'focus'],
  target,
  children,
}: {
  label: string;
  states?: readonly string[];
  target?: string;
  children: ReactNode | ((cellLabel: string) => ReactNode);
}) {
  const content = (cellLabel: string) => (typeof children === 'function' ? children(cellLabel) : children);
  return (
    <>
      <StateCell label={label}>{content(label)}</StateCell>
      {interactions
        .filter((i) => states.includes(i.name))
        .map((i) => (
          <StateCell key={i.name} label={`${label}, ${i.name}`} force={i.force} target={target}>
            {content(`${label}, ${i.name}`)}
          </StateCell>
        ))}
    </>
  );
}

/**
 * A story's args over the States story's own (`<Checkbox {...storyArgs(args, Checked)} />`), typed as the
 * component's props: spreading both in JSX does not type-check for props that are a union (label or aria-label).
 */
export function storyArgs<P extends object>(args: P, ...stories: { args?: Partial<P> | undefined }[]): P {
  return Object.assign({}, args, ...stories.map((story) => story.args)) as P;
}
