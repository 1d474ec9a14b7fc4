import {
  createContext,
  forwardRef,
  useContext,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { moveIndex, tabbables } from '../internal/focusable';
import { useControllable } from '../internal/useControllable';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { useBrowserLayoutEffect } from '../internal/useBrowserLayoutEffect';

type TabsState = { value: string; defaultValue?: never } | { value?: never; defaultValue: string };

export type TabsProps = Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'onChange'> &
  TabsState & {
    onValueChange?: (value: string) => void;
    /**
     * `automatic` (default): arrow keys select the tab they move to. `manual`: arrows only move focus and
     * Enter or Space selects; use it when showing a panel is slow (it loads data).
     */
    activation?: 'automatic' | 'manual';
    children: ReactNode;
  };

export type TabsListProps = Omit<HTMLAttributes<HTMLDivElement>, 'aria-label' | 'aria-labelledby'> &
  ({ 'aria-label': string; 'aria-labelledby'?: never } | { 'aria-label'?: never; 'aria-labelledby': string });

export interface TabsTabProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Identifies the tab and its panel. */
  value: string;
  children: ReactNode;
}

export interface TabsPanelProps extends HTMLAttributes<HTMLDivElement> {
  value: string;
  children: ReactNode;
}

interface Ctx {
  value: string;
  select: (value: string) => void;
  id: (part: 'tab' | 'panel', value: string) => string;
  manual: boolean;
}
const TabsContext = createContext<Ctx | null>(null);

const TabsRoot = forwardRef<HTMLDivElement, TabsProps>(function Tabs(props, ref) {
  const { value, defaultValue, onValueChange, activation = 'automatic', className, children, ...rest } = props;
  const [current, select] = useControllable(value, defaultValue as string, onValueChange);
  const base = useId().replace(/[^\w-]/g, '');
  const id = (part: string, v: string) => `${base}-${part}-${v.replace(/[^\w-]/g, '_')}`;
  return (
    <TabsContext.Provider value={{ value: current, select, id, manual: activation === 'manual' }}>
      <div ref={ref} className={cx('aukio-tabs', className)} {...rest}>
        {children}
      </div>
    </TabsContext.Provider>
  );
});

const TabsList = forwardRef<HTMLDivElement, TabsListProps>(function TabsList({ className, ...rest }, ref) {
  return <div ref={ref} role="tablist" className={cx('aukio-tabs__list', className)} {...rest} />;
});

const TabsTab = forwardRef<HTMLButtonElement, TabsTabProps>(function TabsTab(props, ref) {
  const { value, className, onClick, onKeyDown, ...rest } = props;
  const ctx = useContext(TabsContext)!;
  const selected = ctx.value === value;

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    onKeyDown?.(event);
    const list = event.currentTarget.closest('[role=tablist]');
    if (!list || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = Array.from(list.querySelectorAll<HTMLButtonElement>('[role=tab]:not(:disabled)'));
    const rtl = getComputedStyle(list).direction === 'rtl';
    const i = moveIndex(event.key, tabs.indexOf(event.currentTarget), tabs.length, rtl ? 'ArrowRight' : 'ArrowLeft', rtl ? 'ArrowLeft' : 'ArrowRight');
    if (i < 0) return;
    event.preventDefault();
    tabs[i]?.focus();
    if (!ctx.manual) tabs[i]?.click();
  }

  return (
    <button
      ref={ref}
      type="button"
      role="tab"
      id={ctx.id('tab', value)}
      className={cx('aukio-tabs__tab', className)}
      aria-selected={selected}
      aria-controls={ctx.id('panel', value)}
      tabIndex={selected ? 0 : -1}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented && !selected) ctx.select(value);
      }}
      onKeyDown={handleKeyDown}
      {...rest}
    />
  );
});

const TabsPanel = forwardRef<HTMLDivElement, TabsPanelProps>(function TabsPanel(props, ref) {
  const { value, className, ...rest } = props;
  const ctx = useContext(TabsContext)!;
  const own = useRef<HTMLDivElement>(null);
  // The panel is a tab stop only when nothing inside it is (APG), so keyboard users can reach its text.
  const [focusableInside, setFocusableInside] = useState(false);
  useBrowserLayoutEffect(() => {
    setFocusableInside(tabbables(own.current).length > 0);
  });
  return (
    <div
      ref={mergeRefs(own, ref)}
      role="tabpanel"
      id={ctx.id('panel', value)}
      aria-labelledby={ctx.id('tab', value)}
      className={cx('aukio-tabs__panel', className)}
      tabIndex={focusableInside ? undefined : 0}
      hidden={ctx.value !== value}
      {...rest}
    />
  );
});

/**
 * Tabs (APG tabs pattern): a `tablist` of tabs, each showing its `tabpanel`. Arrow keys move between tabs
 * (roving tabindex), Tab moves into the panel.
 *
 * The parts are exported by name as well (`TabsList`, `TabsTab`, `TabsPanel`): use the names in React Server Components,
 * where `Tabs.List` is undefined (a property of a client component does not cross to the server). The dot
 * parts work in client components.
 */
export const Tabs = Object.assign(TabsRoot, { List: TabsList, Tab: TabsTab, Panel: TabsPanel });
export { TabsList, TabsTab, TabsPanel };
