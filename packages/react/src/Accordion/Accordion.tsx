import {
  Children,
  createContext,
  forwardRef,
  useContext,
  useEffect,
  useId,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { moveIndex } from '../internal/focusable';
import { useControllable } from '../internal/useControllable';
import { cx } from '../internal/cx';

/** @deprecated use `HeadingLevel`; removed in the next minor version. */
export type AccordionHeadingLevel = HeadingLevel;

export interface AccordionProps extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange'> {
  /** `multiple` (default): any number of sections open. `single`: opening one closes the others. */
  type?: 'single' | 'multiple';
  /** Level of the section headings. Pick the level that fits the page's outline. */
  headingLevel: HeadingLevel;
  /** Open sections (controlled), by item `value`. */
  value?: string[];
  /** Open sections at first (uncontrolled). */
  defaultValue?: string[];
  onValueChange?: (value: string[]) => void;
  /**
   * Make each panel a `region` landmark labelled by its heading. Default: only when there are at most 6
   * items, so a long accordion does not flood the landmark list.
   */
  regions?: boolean;
  children: ReactNode;
}

export interface AccordionItemProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Identifies the item in `value`. */
  value: string;
  /** The heading text; it is also the name of the toggle button. */
  title: ReactNode;
  /** A disabled item cannot be toggled (`aria-disabled`); it stays reachable so it can be read. */
  disabled?: boolean;
  children: ReactNode;
}

interface Ctx {
  open: string[];
  toggle: (value: string) => void;
  level: HeadingLevel;
  regions: boolean;
}
const AccordionContext = createContext<Ctx | null>(null);

const AccordionRoot = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(props, ref) {
  const { type = 'multiple', headingLevel, value, defaultValue = [], onValueChange, regions, className, children, ...rest } =
    props;
  const [open, setOpen] = useControllable(value, defaultValue, onValueChange);
  const toggle = (v: string) =>
    setOpen(open.includes(v) ? open.filter((o) => o !== v) : type === 'single' ? [v] : [...open, v]);

  return (
    <AccordionContext.Provider
      value={{ open, toggle, level: headingLevel, regions: regions ?? Children.count(children) <= 6 }}
    >
      <div ref={ref} className={cx('aukio-accordion', className)} {...rest}>
        {children}
      </div>
    </AccordionContext.Provider>
  );
});

// Optional APG keys: Down/Up move between the headers (wrapping), Home/End to the first/last.
function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
  const root = event.currentTarget.closest('.aukio-accordion');
  if (!root || event.altKey || event.ctrlKey || event.metaKey) return;
  const triggers = Array.from(root.querySelectorAll<HTMLButtonElement>('.aukio-accordion__trigger')).filter(
    (b) => b.closest('.aukio-accordion') === root,
  );
  const next = moveIndex(event.key, triggers.indexOf(event.currentTarget), triggers.length, 'ArrowUp', 'ArrowDown');
  if (next < 0) return;
  event.preventDefault();
  triggers[next]?.focus();
}

const AccordionItem = forwardRef<HTMLDivElement, AccordionItemProps>(function AccordionItem(props, ref) {
  const { value, title, disabled, className, children, ...rest } = props;
  const ctx = useContext(AccordionContext)!;
  const isOpen = ctx.open.includes(value);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const Heading = `h${ctx.level}` as 'h2';
  const { toggle } = ctx;

  // Collapsed content stays findable: with hidden="until-found" the browser's find-in-page reveals it and
  // fires `beforematch`, where the item opens. Browsers without it get plain `hidden`.
  useEffect(() => {
    const el = panel.current;
    if (!el || isOpen || !('onbeforematch' in document.body)) return;
    el.setAttribute('hidden', 'until-found');
    const reveal = () => toggle(value);
    el.addEventListener('beforematch', reveal);
    return () => el.removeEventListener('beforematch', reveal);
  }, [isOpen, toggle, value]);

  return (
    <div ref={ref} className={cx('aukio-accordion__item', className)} data-state={isOpen ? 'open' : 'closed'} {...rest}>
      <Heading className="aukio-accordion__heading">
        <button
          type="button"
          id={`${id}b`}
          className="aukio-accordion__trigger"
          aria-expanded={isOpen}
          aria-controls={`${id}p`}
          aria-disabled={disabled || undefined}
          onClick={() => !disabled && toggle(value)}
          onKeyDown={handleKeyDown}
        >
          <span className="aukio-accordion__title">{title}</span>
          <svg className="aukio-accordion__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </Heading>
      <div
        ref={panel}
        id={`${id}p`}
        className="aukio-accordion__panel"
        role={ctx.regions ? 'region' : undefined}
        aria-labelledby={ctx.regions ? `${id}b` : undefined}
        hidden={!isOpen}
      >
        {children}
      </div>
    </div>
  );
});

/**
 * Sections that open and close under their headings (APG accordion). Each heading holds a button with
 * `aria-expanded`; closed content stays findable with the browser's find-in-page where supported.
 *
 * The parts are exported by name as well (`AccordionItem`): use the names in React Server Components,
 * where `Accordion.Item` is undefined (a property of a client component does not cross to the server). The dot
 * parts work in client components.
 */
export const Accordion = Object.assign(AccordionRoot, { Item: AccordionItem });
export { AccordionItem };
