// Planted props for api-convention.test.ts: each component but `Conforming` breaks one rule of the convention.
import { forwardRef, type ChangeEvent, type InputHTMLAttributes } from 'react';
import type { HeadingLevel } from '../../src/Heading';

/** `onChange` with a value instead of an event. */
export function ValueOnChange(_: { value?: string; defaultValue?: string; onChange?: (value: string) => void }) {
  return null;
}

/** A value callback that gets the event first. */
export function EventOnValueChange(_: {
  value?: string;
  defaultValue?: string;
  onValueChange?: (event: ChangeEvent<HTMLInputElement>, value: string) => void;
}) {
  return null;
}

/** Controlled only: no `defaultValue`. */
export function OnlyControlled(_: { value?: string; onValueChange?: (value: string) => void }) {
  return null;
}

/** Uncontrolled only: `defaultOpen` without `open` and `onOpenChange`. */
export const OnlyUncontrolled = forwardRef<HTMLDivElement, { defaultOpen?: boolean }>(function OnlyUncontrolled(_, _ref) {
  return null;
});

/** Its own heading-level type. */
export function OwnHeadingLevel(_: { headingLevel?: 2 | 3 | 4 }) {
  return null;
}

/** A heading level as element names, under a name of its own. */
export function LegendAsHeading(_: { legendAs?: 'h1' | 'h2' | 'h3' }) {
  return null;
}

/** An element choice that includes headings (`titleAs`). */
export function TitleAsElement(_: { titleAs?: 'h2' | 'h3' | 'p' }) {
  return null;
}

/** A deprecated prop that names no replacement the component has. */
export function AliasOfNothing(_: {
  /** @deprecated use `onToggleChange` */
  onToggle?: () => void;
}) {
  return null;
}

/** Follows every rule: native `onChange`, value and open state both ways, the one heading level type, a deprecated alias. */
export function Conforming(
  _: InputHTMLAttributes<HTMLInputElement> & {
    open?: boolean;
    defaultOpen?: boolean;
    onOpenChange?: (open: boolean) => void;
    onValueChange?: (value: string) => void;
    /** @deprecated use `onOpenChange` */
    onToggleChange?: (event: ChangeEvent<HTMLInputElement>) => void;
    /** @deprecated use `onValueChange`; removed in the next minor version. */
    onTextChange?: (value: string) => void;
    headingLevel?: HeadingLevel;
    /** @deprecated use `headingLevel` (`legendAs="h2"` is `headingLevel={2}`) */
    legendAs?: 'h1' | 'h2';
  },
) {
  return null;
}
