import type { ReactNode } from 'react';
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
  /** Replaces the default "how to see it" hint of a forced state. */
  hint?: string;
  /** Renders the cell's content in this language (built-in texts and `lang`), for layouts that differ by locale. */
  locale?: AukioLocale;
  /** The cell takes the whole row (long text, wide layouts). */
  wide?: boolean;
  /** Room below the content for an open popup, which is placed over whatever follows its trigger. */
  popup?: 'short' | 'tall';
  children: ReactNode;
}

export function StateCell({ label, force, hint, locale, wide, popup, children }: StateCellProps) {
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
      <div className="aukio-state-cell__body" lang={locale}>
        {locale ? <AukioProvider locale={locale}>{children}</AukioProvider> : children}
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
 * Four cells for one element: as it is, hovered, focused from the keyboard and pressed ("Primary", "Primary,
 * hover", …). The element is rendered once per cell, so it must not hard-code an id.
 */
export function InteractionCells({ label, states = ['hover', 'focus', 'active'], children }: { label: string; states?: readonly string[]; children: ReactNode }) {
  return (
    <>
      <StateCell label={label}>{children}</StateCell>
      {interactions
        .filter((i) => states.includes(i.name))
        .map((i) => (
          <StateCell key={i.name} label={`${label}, ${i.name}`} force={i.force}>
            {children}
          </StateCell>
        ))}
    </>
  );
}
