// Compiled by exact-optional.test.ts with `exactOptionalPropertyTypes: true`, as an app with that setting
// would. Not part of the package build.
import { Checkbox } from '../../src/Checkbox';
import { CheckboxGroup } from '../../src/CheckboxGroup';
import { DateInput } from '../../src/DateInput';
import { Dialog } from '../../src/Dialog';
import { Fieldset } from '../../src/Fieldset';
import { AukioProvider } from '../../src/i18n';
import { validateNumber } from '../../src/NumberInput';
import { Radio, RadioGroup } from '../../src/RadioGroup';

declare const saved: { pets?: string[]; size?: string } | undefined;
const choices = ['cat', 'dog'] as const;
const options = [
  { value: 'cat', label: 'Kissa' },
  { value: 'dog', label: 'Koira' },
];
const fixedOptions = [{ value: 'cat', label: 'Kissa' }] as const;

// A value read from saved data may be undefined: "not given yet" is a valid defaultValue and value.
export const fromSaved = [
  <CheckboxGroup key="a" legend="Lemmikit" name="pets" defaultValue={saved?.pets} options={options} />,
  <RadioGroup key="b" legend="Koko" name="size" defaultValue={saved?.size} options={options} />,
  <CheckboxGroup key="c" legend="Lemmikit" value={saved?.pets} onValueChange={() => {}} options={options} />,
  <RadioGroup key="d" legend="Koko" value={saved?.size} onValueChange={() => {}} options={options} />,
];

// Read-only lists (constants, `as const`) are accepted: the group never changes the list it is given.
export const readOnly = [
  <CheckboxGroup key="a" legend="Lemmikit" defaultValue={choices} options={options} />,
  <RadioGroup key="b" legend="Koko" options={fixedOptions} />,
];

// @ts-expect-error the values of a CheckboxGroup are a list of strings, not one string
export const wrongType = <CheckboxGroup legend="Lemmikit" defaultValue="cat" />;

// Option props read from data that may leave them out: a Checkbox or Radio given `undefined` for an optional prop.
declare const row: { exclusive?: boolean; indeterminate?: boolean; value?: string; className?: string } | undefined;
export const optionalFromData = [
  <Checkbox key="a" label="Ei mikään näistä" value={row?.value} exclusive={row?.exclusive} indeterminate={row?.indeterminate} className={row?.className} inputClassName={row?.className} necessityIndicator={undefined} />,
  <RadioGroup key="b" legend="Koko">
    <Radio value="s" label="Pieni" className={row?.className} inputClassName={row?.className} />
  </RadioGroup>,
];

// App settings that may be absent: the provider's register (as its docs suggest for server rendering) and
// overrides, a dialog's heading level and handler, a date field's limits, a validator's rules.
declare const settings: { plain?: boolean; strings?: { 'skipLink.label': string }; level?: 2 | 3; min?: string; max?: number } | undefined;
export const settingsFromData = [
  <AukioProvider key="a" locale="fi" register={settings?.plain ? 'plain' : undefined} strings={settings?.strings}>
    <Dialog title="Otsikko" headingLevel={settings?.level} onOpenChange={settings ? () => {} : undefined} />
  </AukioProvider>,
  <Fieldset key="c" legend="Osoite" headingLevel={settings?.level}>
    <Checkbox label="Sama kuin ennen" />
  </Fieldset>,
  <RadioGroup key="d" legend="Koko" headingLevel={settings?.level} options={options} />,
  <DateInput key="b" legend="Päivä" min={settings?.min} max={settings?.min} required={settings?.plain} disabled={settings?.plain} />,
];
export const checked = validateNumber('5', { min: 0, max: settings?.max });
