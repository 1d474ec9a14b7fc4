import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FieldsetHTMLAttributes,
  type FocusEvent,
  type ForwardedRef,
  type ReactNode,
  type Ref,
} from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { cx } from './cx';
import { renamedProp } from './deprecated';
import { warnOnce } from './dev';
import { useFieldError } from './formErrors';
import { useHydrated } from './useHydrated';
import { useMergedRefs } from './mergeRefs';
import { useNameCheck } from './useNameCheck';
import { fieldMessages } from '../i18n/messages/field';

// The one wiring every Aukio field uses: ids, the error read from <Form> by name, the description that lists
// only what renders, and the label, hint, error and required/optional marker as elements. Per field it does
// one useId, three context reads (the form's errors, the language, the group around it) and nothing else in
// production: the checks that only help developers are left out of production builds entirely (see
// useDuplicateIdCheck).

/** Which fields carry a text marker. Marking the optional ones is the recommendation (fewer, clearer markers). */
export type NecessityIndicator = 'optional' | 'required' | 'none';

/** The props every text-like field takes for its help, its error and its required/optional marker. */
export interface FieldTextProps {
  /** Help shown under the label and read with the field. */
  hint?: ReactNode;
  /** Error message: what is wrong and how to fix it. Marks the field invalid. Inside a `<Form>`, the form's error for `name` is shown when this is not given. */
  error?: ReactNode;
  /** Which fields get a text marker; default marks optional fields. */
  necessityIndicator?: NecessityIndicator;
}

export interface FieldOptions {
  /** Id of the control. Generated with `useId` when not given, stable across server and client. */
  id?: string | undefined;
  label?: ReactNode;
  necessityIndicator?: NecessityIndicator | undefined;
  disabled?: boolean | undefined;
  /** Class on the field's root element. */
  className?: string | undefined;
  /** The field's `name`: without an `error` prop, the surrounding `<Form>`'s error for this name is shown. */
  name?: string | undefined;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean | undefined;
  /** Ids the app adds to the description; kept after the hint and error. */
  'aria-describedby'?: string | undefined;
}

export interface FieldIds {
  controlId: string;
  labelId: string;
  hintId: string;
  errorId: string;
}

/** Ids for a field's parts. Hint and error ids are only referenced when those parts render. */
export function useFieldIds(id?: string): FieldIds {
  const auto = useId();
  const controlId = id ?? `aukio${auto.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useDuplicateIdCheck(id);
  return { controlId, labelId: `${controlId}-label`, hintId: `${controlId}-hint`, errorId: `${controlId}-error` };
}

/**
 * In development, warns when an id the app passed is used by another element too: labels would break.
 * In production it is an empty function: no effect is scheduled per field, and bundlers drop the check.
 */
const useDuplicateIdCheck: (id: string | undefined) => void =
  process.env.NODE_ENV !== 'production'
    ? function useDuplicateIdCheck(id) {
        useEffect(() => {
          if (!id || typeof document === 'undefined') return;
          const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
          if (document.querySelectorAll(`[id="${escaped}"]`).length > 1) {
            warnOnce(`duplicate-id:${id}`, `id "${id}" is used by more than one element on the page. Labels, hints and error messages would point at the wrong field.`);
          }
        }, [id]);
      }
    : () => {};

/** Whether a label, hint or error renders anything. */
export function isPresent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** Space-separated ids, leaving out the parts that are not rendered; `undefined` when none is. */
export function joinIds(...ids: Array<string | false | undefined | null | 0>): string | undefined {
  let out = '';
  for (const id of ids) if (id) out = out ? `${out} ${id}` : id;
  return out || undefined;
}

/**
 * What a group (CheckboxGroup, RadioGroup, Fieldset) tells the controls directly in it: the ids of the group's
 * hint and error, and the control focus entered the group on. Orca 43 reads a fieldset's name but not its
 * description when Tab enters the group (scripts/sr/states.sr.ts), so the controls carry the description too.
 */
interface GroupDescription {
  /** The group's hint and error ids, for the parts that render. */
  ids: string | undefined;
  /** Id of the control focus entered the group on, while focus stays in the group; else null. */
  entry: string | null;
}

const GroupDescriptionContext = createContext<GroupDescription | null>(null);

/**
 * The group's hint and error ids, for a control's `aria-describedby` after its own: on every control while focus
 * is outside the group (so Tab or Shift+Tab into it hears them on whichever control it lands on), then only on
 * the one focus entered on, so moving on through the group (Tab through checkboxes or fields, arrows through
 * radios) does not read them again for every control. Undefined outside a group.
 */
function useGroupDescription(controlId: string): string | undefined {
  const group = useContext(GroupDescriptionContext);
  if (!group?.ids) return undefined;
  return group.entry === null || group.entry === controlId ? group.ids : undefined;
}

/** Whether an element is a form control of this fieldset itself (not of a nested group or a follow-up question). */
function isOwnControl(fieldset: HTMLFieldSetElement, target: EventTarget | null): target is HTMLElement {
  return (
    (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) &&
    target.closest(`fieldset, [${conditionalAttribute}]`) === fieldset
  );
}

/** Marks a follow-up question's container: its fields are not controls of the group around it. */
const conditionalAttribute = 'data-aukio-conditional';


/** Props to spread onto the control: id, description and invalid state wired to what is rendered. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: true | undefined;
  required?: boolean | undefined;
}

/**
 * A field's wiring: ids, the error (the `error` prop, else the surrounding `<Form>`'s error for `name`),
 * the props for the control and the props for its layout (`<FieldLayout {...layout}>`), so the control and
 * the message always agree.
 */
export function useField(options: FieldOptions) {
  const ids = useFieldIds(options.id);
  const error = useFieldError(options.name, options.error);
  const hasHint = isPresent(options.hint);
  const hasError = isPresent(error);
  const groupDescription = useGroupDescription(ids.controlId);
  const controlProps: ControlProps = {
    id: ids.controlId,
    'aria-describedby': joinIds(hasHint && ids.hintId, hasError && ids.errorId, options['aria-describedby'], groupDescription),
    'aria-invalid': hasError ? true : undefined,
    required: options.required || undefined,
  };
  const layout = {
    ids,
    label: options.label,
    hint: options.hint,
    error,
    required: options.required,
    necessityIndicator: options.necessityIndicator,
    className: options.className,
    disabled: options.disabled,
  };
  return { ids, hasHint, hasError, error, controlProps, layout };
}

/**
 * A single-control field's whole wiring in one call (TextInput, PasswordInput, Textarea, Select): splits the props
 * into the field's (label, hint, error, required marker, root class, description ids: for `useField`) and the
 * control's (everything else; `name` and `disabled` stay there too, the control needs them), checks in
 * development that the rendered control has a name, and gives the control's ref (the forwarded one merged with
 * the component's own, `own`).
 */
export function useFieldControl<E extends HTMLElement, P extends FieldOptions>(props: P, ref: ForwardedRef<E>, component: string) {
  const { id, label, hint, error, required, necessityIndicator, className, 'aria-describedby': describedBy, ...control } = props;
  const own = useRef<E>(null);
  useNameCheck(own, component);
  const field = useField({ id, label, hint, error, required, necessityIndicator, className, disabled: props.disabled, name: props.name, 'aria-describedby': describedBy });
  const controlRef = useMergedRefs(own, ref);
  return { field, control, own, controlRef };
}

/** The field strings (optional/required markers, the error prefix) in the current language. */
export function useFieldStrings() {
  return useStrings(fieldMessages);
}

type FieldStrings = ReturnType<typeof useFieldStrings>;

/** The words after a label or legend: "(valinnainen)" on optional fields or "(pakollinen)" on required ones. */
export function necessityMarker(strings: FieldStrings, indicator: NecessityIndicator, required: boolean | undefined): string | null {
  if (indicator === 'optional' && !required) return strings['field.optional'];
  if (indicator === 'required' && required) return strings['field.required'];
  return null;
}

// The label text, hint and error below are plain functions, not components: called inline they add no
// component to the tree per field (three fewer per field to create and reconcile on every render).

/** A label's or legend's text followed by its necessity marker. */
export function labelText(text: ReactNode, marker: string | null, markerClassName = 'aukio-field__necessity'): ReactNode {
  return marker ? (
    <>
      {text} <span className={markerClassName}>{marker}</span>
    </>
  ) : (
    text
  );
}

/** The hint under a label, the control's description. Nothing for an empty hint. */
export function fieldHint(id: string, hint: ReactNode, className = 'aukio-field__hint'): ReactNode {
  return isPresent(hint) ? (
    <div className={className} id={id}>
      {hint}
    </div>
  ) : null;
}

/** The error message, with a hidden "Error:" so it is not mistaken for a hint. Nothing without an error. */
export function fieldError(id: string, error: ReactNode, strings: FieldStrings): ReactNode {
  return isPresent(error) ? (
    <p className="aukio-field__error" id={id}>
      <span className="aukio-visually-hidden">{strings['field.errorPrefix']}</span> {error}
    </p>
  ) : null;
}

/**
 * A follow-up question under a checkbox or radio. Always in the server HTML (so it works without JavaScript);
 * once hydrated, hidden while its option is not chosen. Only options that have one pay for the hydration check.
 */
export function FieldConditional({ id, className, shown, children }: { id: string; className: string; shown: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  // A follow-up question's fields are not options of the group around it: they do not get its description.
  return (
    <div className={className} id={id} hidden={hydrated ? !shown : undefined} {...{ [conditionalAttribute]: '' }}>
      <GroupDescriptionContext.Provider value={null}>{children}</GroupDescriptionContext.Provider>
    </div>
  );
}

/** The parts every field layout renders around its control. */
interface FieldParts {
  ids: FieldIds;
  label?: ReactNode;
  hint?: ReactNode;
  /** The error to show: pass `useField`'s `error`, which includes the form's. */
  error?: ReactNode;
  required?: boolean | undefined;
  necessityIndicator?: NecessityIndicator | undefined;
  className?: string | undefined;
}

export interface FieldLayoutProps extends FieldParts {
  /** Class of the root element, e.g. `aukio-text-input`. */
  rootClassName: string;
  disabled?: boolean | undefined;
  children: ReactNode;
}

/**
 * What a field layout and a fieldset layout both render around their controls: the root's class and state
 * attributes, the necessity marker for the label or legend, the hint and the error. A plain function.
 */
function fieldFrame(
  { ids, hint, error, required, necessityIndicator = 'optional', rootClassName, className, disabled }: Omit<FieldLayoutProps, 'label' | 'children'>,
  strings: FieldStrings,
) {
  const invalid = isPresent(error);
  return {
    invalid,
    marker: necessityMarker(strings, necessityIndicator, required),
    hint: fieldHint(ids.hintId, hint),
    error: fieldError(ids.errorId, error, strings),
    root: {
      className: cx('aukio-field', rootClassName, className),
      'data-invalid': invalid ? '' : undefined,
      'data-disabled': disabled ? '' : undefined,
    },
  };
}

/**
 * Label, hint and error around a control, in the order a screen reader user meets them:
 * label, hint, error, control (so the error is read before the field is reached in browse mode).
 */
export function FieldLayout({ label, children, ...parts }: FieldLayoutProps) {
  const frame = fieldFrame(parts, useFieldStrings());
  const { ids } = parts;
  return (
    <div {...frame.root}>
      {isPresent(label) && (
        <label className="aukio-field__label" id={ids.labelId} htmlFor={ids.controlId}>
          {labelText(label, frame.marker)}
        </label>
      )}
      {frame.hint}
      {frame.error}
      {children}
    </div>
  );
}

/** The element names of `legendAs`, the deprecated alias of `headingLevel` on groups. */
export type LegendHeading = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** A group's legend heading (`headingLevel`, and the deprecated `legendAs`: the same level as an element name). */
export interface LegendHeadingProps {
  /** Render the legend's text as a heading of this level, e.g. `1` when the group is the page's only question. */
  headingLevel?: HeadingLevel | undefined;
  /** @deprecated use `headingLevel` (`legendAs="h2"` is `headingLevel={2}`); removed in the next minor version. */
  legendAs?: LegendHeading | undefined;
}

/**
 * The legend's heading level from `headingLevel`, or from the deprecated `legendAs` with a development
 * warning (`headingLevel` wins when both are given).
 */
export function legendLevel(component: string, { headingLevel, legendAs }: LegendHeadingProps): HeadingLevel | undefined {
  const old = legendAs === undefined ? undefined : (Number(legendAs.slice(1)) as HeadingLevel);
  return renamedProp(component, 'legendAs', old, 'headingLevel', headingLevel, '`legendAs="h2"` is `headingLevel={2}`');
}

/** `legendLevel` as the element FieldsetLayout renders. */
export function legendHeading(component: string, props: LegendHeadingProps): LegendHeading | undefined {
  const level = legendLevel(component, props);
  return level === undefined ? undefined : `h${level}`;
}

/** What every group of options (CheckboxGroup, RadioGroup) has around its options: a fieldset asking a question. */
export interface OptionGroupProps
  extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | 'onChange' | 'defaultValue'>,
    LegendHeadingProps {
  /** The question. Required: it names the group. */
  legend: ReactNode;
  legendSize?: 'm' | 'l' | undefined;
  hint?: ReactNode;
  necessityIndicator?: NecessityIndicator | undefined;
  children?: ReactNode;
}

export interface FieldsetLayoutProps extends Omit<FieldLayoutProps, 'label'> {
  legend: ReactNode;
  /** Render the legend's text as a heading (e.g. `h1` when the group is the page's only question). */
  legendAs?: LegendHeading | undefined;
  /** Legend size: `m` (default) for questions, `l` when it is the page heading. */
  legendSize?: 'm' | 'l' | undefined;
  /** Ids the app adds to the group's description; kept after the hint and error. */
  'aria-describedby'?: string | undefined;
  /** Ref to the `<fieldset>` element. */
  fieldsetRef?: Ref<HTMLFieldSetElement> | undefined;
  /**
   * The controls directly in the group (options, or a Fieldset's fields) are described by the group's hint and
   * error as well, on the control focus enters the group on (see `useGroupDescription`).
   */
  describeControls?: boolean | undefined;
  /** Other attributes for the `<fieldset>` (data-*, name, form…). Id, class and description stay wired. */
  fieldsetProps?: Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'id' | 'className' | 'aria-describedby' | 'disabled' | 'children'>;
}

/**
 * A group of controls answering one question: `<fieldset>` with `<legend>`, then hint and error, then the
 * controls. The hint and error describe the group (`aria-describedby` on the fieldset, only for the parts that
 * render) and, with `describeControls`, the control focus enters the group on; each control inside sets its own
 * `aria-invalid`. `ids.controlId` is the fieldset's id.
 */
export function FieldsetLayout({
  legend,
  legendAs: Heading,
  legendSize = 'm',
  children,
  'aria-describedby': extraDescribedBy,
  fieldsetRef,
  describeControls = false,
  fieldsetProps,
  ...parts
}: FieldsetLayoutProps) {
  const frame = fieldFrame({ ...parts, rootClassName: cx('aukio-fieldset', parts.rootClassName) }, useFieldStrings());
  const { ids, disabled } = parts;
  const legendContent = labelText(legend, frame.marker);
  const groupIds = joinIds(isPresent(parts.hint) && ids.hintId, frame.invalid && ids.errorId);
  const [entry, setEntry] = useState<string | null>(null);
  // One value per change of the description or the entry: the fields inside re-render only then.
  const description = useMemo(() => (describeControls ? { ids: groupIds, entry } : null), [describeControls, groupIds, entry]);
  const onFocus = (event: FocusEvent<HTMLFieldSetElement>) => {
    fieldsetProps?.onFocus?.(event);
    if (describeControls && entry === null && isOwnControl(event.currentTarget, event.target)) setEntry(event.target.id);
  };
  const onBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    fieldsetProps?.onBlur?.(event);
    const next = event.relatedTarget;
    if (entry !== null && !(next instanceof Node && event.currentTarget.contains(next))) setEntry(null);
  };
  const fieldset = (
    // The focus listeners only note which option focus entered on; the fieldset itself stays non-interactive.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <fieldset
      {...fieldsetProps}
      ref={fieldsetRef}
      id={ids.controlId}
      {...frame.root}
      onFocus={describeControls ? onFocus : fieldsetProps?.onFocus}
      onBlur={describeControls ? onBlur : fieldsetProps?.onBlur}
      aria-describedby={joinIds(groupIds, extraDescribedBy)}
      disabled={disabled}
    >
      <legend className="aukio-fieldset__legend" id={ids.labelId} data-size={legendSize}>
        {Heading ? <Heading className="aukio-fieldset__heading">{legendContent}</Heading> : legendContent}
      </legend>
      {frame.hint}
      {frame.error}
      {children}
    </fieldset>
  );
  // Without describeControls, still a boundary: the fields of a nested group (DateInput's parts) are not
  // described by an outer group.
  return <GroupDescriptionContext.Provider value={description}>{fieldset}</GroupDescriptionContext.Provider>;
}

/** The wiring props of a field asked with a fieldset (Fieldset, CheckboxGroup, RadioGroup). */
interface FieldsetOptions extends Omit<FieldOptions, 'label'>, LegendHeadingProps {
  legend: ReactNode;
  legendSize?: 'm' | 'l' | undefined;
}

/**
 * A fieldset-rooted field's wiring in one call: splits the props into the group's (legend, hint, error, required
 * marker, disabled, root class, description ids: for `useField` and `<FieldsetLayout {...layout}>`) and the rest
 * (`name` stays there too). `necessityIndicator` is the component's default marker.
 */
export function useFieldsetControl<P extends FieldsetOptions>(component: string, props: P, ref: Ref<HTMLFieldSetElement>, necessityIndicator?: NecessityIndicator) {
  const { id, legend, headingLevel, legendAs, legendSize, hint, error, required, disabled, className, 'aria-describedby': describedBy, ...control } = props;
  const group = useField({ id, name: props.name, hint, error, required, necessityIndicator: props.necessityIndicator ?? necessityIndicator, disabled, className });
  const layout = { ...group.layout, legend, legendAs: legendHeading(component, { headingLevel, legendAs }), legendSize, 'aria-describedby': describedBy, fieldsetRef: ref };
  return { group, layout, control };
}

/** What every option given as data has (CheckboxGroup's and RadioGroup's `options`). */
export interface ChoiceOption {
  value: string;
  /** Visible label. Required: an option without a label has no name. */
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean | undefined;
  /** Follow-up question revealed under the option while it is chosen. */
  conditional?: ReactNode;
}

/**
 * An option given as data, as the props of its `<Checkbox>` or `<Radio>`: only the option's own fields, so other
 * properties on the app's data objects do not reach the `<input>`.
 */
export function choiceOptionProps({ value, label, hint, disabled, conditional }: ChoiceOption) {
  return { value, label, hint, disabled, conditional };
}

/** `error` is a single checkbox's own error, shown above the box; options in a group leave it to the group. */
export interface ChoiceLayoutProps extends FieldParts {
  /** `checkbox` or `radio`: the class prefix of the option's parts (besides the shared `aukio-choice` classes of field.css). */
  kind: 'checkbox' | 'radio';
  /** Follow-up question shown under the option while it is chosen (`shown`). */
  conditional?: ReactNode;
  shown: boolean;
  /** Attributes of the option's root element (data-*). */
  rootProps?: Record<`data-${string}`, string | undefined>;
  /** The `<input>`, wired with `useField`'s `controlProps`. */
  children: ReactNode;
}

/**
 * A checkbox or radio option: the box, its label beside it (with a necessity marker for a single checkbox),
 * the hint under the label, a single checkbox's error above it, and a follow-up question under it. The same
 * label, hint and error elements as every other field. A plain function (no component of its own per option):
 * the option passes `useFieldStrings()`.
 */
export function choiceLayout({
  kind,
  ids,
  label,
  hint,
  error,
  required,
  necessityIndicator = 'none',
  conditional,
  shown,
  className,
  rootProps,
  children,
  strings,
}: ChoiceLayoutProps & { strings: FieldStrings }): ReactNode {
  return (
    <div className={cx('aukio-choice', className)} {...rootProps}>
      {fieldError(ids.errorId, error, strings)}
      <div className={`aukio-choice__item aukio-${kind}__item`}>
        {children}
        {isPresent(label) && (
          <label className={`aukio-choice__label aukio-${kind}__label`} id={ids.labelId} htmlFor={ids.controlId}>
            {labelText(label, necessityMarker(strings, necessityIndicator, required), `aukio-${kind}__necessity`)}
          </label>
        )}
        {fieldHint(ids.hintId, hint, `aukio-choice__hint aukio-${kind}__hint`)}
      </div>
      {isPresent(conditional) && (
        <FieldConditional id={`${ids.controlId}-conditional`} className={`aukio-choice__conditional aukio-${kind}__conditional`} shown={shown}>
          {conditional}
        </FieldConditional>
      )}
    </div>
  );
}
