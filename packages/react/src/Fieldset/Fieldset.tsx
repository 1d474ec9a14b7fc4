import { forwardRef, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { FieldsetLayout, useFieldsetControl, type LegendHeading, type NecessityIndicator } from '../internal/field';

type NativeFieldsetProps = Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children'
>;

export interface FieldsetProps extends NativeFieldsetProps {
  /** The question or the name of the group. Required: a group without a legend has no name. */
  legend: ReactNode;
  /** Render the legend as a heading of this level, e.g. `1` when the group is the only question on the page. */
  headingLevel?: HeadingLevel | undefined;
  /** @deprecated use `headingLevel` (`legendAs="h2"` is `headingLevel={2}`); removed in the next minor version. */
  legendAs?: LegendHeading | undefined;
  /** `m` (default) for a question inside a page, `l` when the legend is the page heading. */
  legendSize?: 'm' | 'l';
  /** Help for the whole group, read when focus enters it. */
  hint?: ReactNode;
  /**
   * Error for the whole group. The fields inside show their own `aria-invalid`. Inside a `<Form>`, the form's
   * error for the fieldset's `name` is shown when this is not given.
   */
  error?: ReactNode;
  /** Marks the legend required/optional in words, the same way as a single field's label. */
  required?: boolean;
  /** Which groups get a text marker. Default `none`: a plain group (an address) is not itself required. */
  necessityIndicator?: NecessityIndicator;
  children: ReactNode;
}

/**
 * Groups related fields under one legend: `<fieldset>` and `<legend>`, with an optional hint and error that
 * describe the group. Use it for a multi-part answer (an address, a date) or to give a set of fields a shared
 * question. Checkbox and radio groups already render their own fieldset.
 */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(props, ref) {
  const { layout, control } = useFieldsetControl('Fieldset', props, ref, 'none');
  const { necessityIndicator: _marker, children, ...rest } = control;
  return (
    <FieldsetLayout {...layout} rootClassName="" describeControls fieldsetProps={rest}>
      <div className="aukio-fieldset__body">{children}</div>
    </FieldsetLayout>
  );
});
