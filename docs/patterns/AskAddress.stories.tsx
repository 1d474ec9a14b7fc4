import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, Checkbox, Form, Heading, Stack, Text, TextInput, type FormErrors } from '../../packages/react/src';
import { isFinnishPostalCode } from './validators';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';


const texts = {
  fi: {
    title: 'Mikä on osoitteesi?',
    intro: 'Lähetämme päätöksen tähän osoitteeseen.',
    street: 'Katuosoite',
    streetHint: 'Esimerkiksi Aleksanterinkatu 12 B 34',
    postal: 'Postinumero',
    city: 'Postitoimipaikka',
    streetError: 'Kirjoita katuosoitteesi',
    postalError: 'Kirjoita postinumero',
    postalFormat: 'Postinumerossa on 5 numeroa, esimerkiksi 00100',
    cityError: 'Kirjoita postitoimipaikka',
    submit: 'Jatka',
    done: 'Osoite tallennettu',
    postalTitle: 'Mihin osoitteeseen lähetämme postin?',
    sameAsHome: 'Sama kuin kotiosoitteeni: {address}',
    postalDone: 'Postiosoite tallennettu: {address}',
  },
  sv: {
    title: 'Vilken är din adress?',
    intro: 'Vi skickar beslutet till den här adressen.',
    street: 'Gatuadress',
    streetHint: 'Till exempel Alexandersgatan 12 B 34',
    postal: 'Postnummer',
    city: 'Postanstalt',
    streetError: 'Skriv din gatuadress',
    postalError: 'Skriv postnumret',
    postalFormat: 'Postnumret har 5 siffror, till exempel 00100',
    cityError: 'Skriv postanstalten',
    submit: 'Fortsätt',
    done: 'Adressen har sparats',
    postalTitle: 'Till vilken adress skickar vi posten?',
    sameAsHome: 'Samma som min hemadress: {address}',
    postalDone: 'Postadressen har sparats: {address}',
  },
  en: {
    title: 'What is your address?',
    intro: 'We will send the decision to this address.',
    street: 'Street address',
    streetHint: 'For example Aleksanterinkatu 12 B 34',
    postal: 'Postal code',
    city: 'Town or city',
    streetError: 'Enter your street address',
    postalError: 'Enter your postal code',
    postalFormat: 'A postal code has 5 digits, for example 00100',
    cityError: 'Enter your town or city',
    submit: 'Continue',
    done: 'Address saved',
    postalTitle: 'Where should we send your post?',
    sameAsHome: 'The same as my home address: {address}',
    postalDone: 'Postal address saved: {address}',
  },
} satisfies Record<Locale, Record<string, string>>;

/** An address as the pattern posts it. */
interface Address {
  street: string;
  postalCode: string;
  city: string;
}

const oneLine = (a: Address) => `${a.street}, ${a.postalCode} ${a.city}`;

/**
 * The address fields. `values` are the answers given before: the server renders them back as `defaultValue`
 * after a failed post without JavaScript and when the resident comes back to the page, so nothing is typed
 * twice (WCAG 3.3.7). With JavaScript, a failed check never re-renders the inputs, so what was typed stays.
 * `prefix` names a second address apart (`postal-street`), and `section` keeps its autofill apart from the first.
 */
function AddressFields({ t, errorFor, values, prefix = '', section }: { t: (typeof texts)[Locale]; errorFor: (name: string) => ReactNode; values?: Partial<Address> | undefined; prefix?: string; section?: string }) {
  const token = (name: string) => (section ? `section-${section} ${name}` : name);
  return (
    <>
      <TextInput label={t.street} hint={t.streetHint} name={`${prefix}street`} autoComplete={token('address-line1')} required defaultValue={values?.street} error={errorFor(`${prefix}street`)} />
      <TextInput label={t.postal} name={`${prefix}postalCode`} autoComplete={token('postal-code')} inputMode="numeric" width="5" required defaultValue={values?.postalCode} error={errorFor(`${prefix}postalCode`)} />
      <TextInput label={t.city} name={`${prefix}city`} autoComplete={token('address-level2')} width="20" required defaultValue={values?.city} error={errorFor(`${prefix}city`)} />
    </>
  );
}

/** The same checks on the client (Form's onValidate) and on the server. */
function addressErrors(t: (typeof texts)[Locale], fd: FormData, prefix = ''): FormErrors {
  const get = (name: string) => String(fd.get(`${prefix}${name}`) ?? '').trim();
  const postal = get('postalCode');
  return {
    [`${prefix}street`]: get('street') ? undefined : t.streetError,
    [`${prefix}postalCode`]: !postal ? t.postalError : isFinnishPostalCode(postal) ? undefined : t.postalFormat,
    [`${prefix}city`]: get('city') ? undefined : t.cityError,
  };
}

/**
 * What the server keeps from the postal-address form. Without JavaScript both addresses are posted (the second
 * one's fields are not hidden); when "the same as my home address" is checked the server takes the home
 * address and ignores the rest.
 */
export function postalAddressFrom(fd: FormData, home: Address): Address {
  if (fd.get('postalSameAsHome') === 'yes') return home;
  const get = (name: string) => String(fd.get(`postal-${name}`) ?? '').trim();
  return { street: get('street'), postalCode: get('postalCode'), city: get('city') };
}

function AskAddress({ locale, values }: { locale: Locale; values?: Partial<Address> }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  const validate = (fd: FormData): FormErrors => addressErrors(t, fd);
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <Form
          method="post"
          action="/osoite"
          onValidate={validate}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(true);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              <AddressFields t={t} errorFor={errorFor} values={values} />
              <div>
                <Button type="submit">{t.submit}</Button>
              </div>
            </Stack>
          )}
        </Form>
        <p role="status">{saved ? t.done : ''}</p>
      </Stack>
    </PatternPage>
  );
}

/**
 * The second address, with the first one offered to reuse (WCAG 3.3.7): a checkbox names the home address in
 * full; once checked, the postal address fields are hidden and the home address is submitted. Before
 * JavaScript runs the fields stay visible and both are posted: `postalAddressFrom` on the server takes the
 * home address when the box is checked.
 */
function AskPostalAddress({ locale, home, values }: { locale: Locale; home: Address; values?: Partial<Address> & { same?: boolean } }) {
  const t = texts[locale];
  const [same, setSame] = useState(values?.same ?? false);
  // The fields are hidden only once JavaScript runs; before, they stay visible and the server decides.
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const [saved, setSaved] = useState<Address | null>(null);
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.postalTitle}</Heading>
        <Form
          method="post"
          action="/postiosoite"
          onValidate={(fd) => (fd.get('postalSameAsHome') === 'yes' ? {} : addressErrors(t, fd, 'postal-'))}
          onSubmit={(event, fd) => {
            event.preventDefault();
            setSaved(postalAddressFrom(fd, home));
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              <Checkbox
                label={t.sameAsHome.replace('{address}', oneLine(home))}
                name="postalSameAsHome"
                value="yes"
                checked={same}
                onChange={(event) => setSame(event.currentTarget.checked)}
              />
              <div hidden={scripted && same}>
                <Stack gap={5}>
                  <AddressFields t={t} errorFor={errorFor} values={values} prefix="postal-" section="postal" />
                </Stack>
              </div>
              <div>
                <Button type="submit">{t.submit}</Button>
              </div>
            </Stack>
          )}
        </Form>
        <p role="status">{saved ? t.postalDone.replace('{address}', oneLine(saved)) : ''}</p>
      </Stack>
    </PatternPage>
  );
}

const exampleHome: Address = { street: 'Pohjoisesplanadi 11', postalCode: '00170', city: 'Helsinki' };

const meta = {
  title: 'Patterns/Ask for an address',
  // The server's reading of the postal-address form, exported for the test of the no-JavaScript post.
  excludeStories: ['postalAddressFrom'],
  component: AskAddress,
  args: { locale: 'fi' },
} satisfies Meta<typeof AskAddress>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const postal = canvas.getByRole('textbox', { name: new RegExp(t.postal) });
    await expect(postal).toHaveAttribute('autocomplete', 'postal-code');
    await expect(postal).toHaveAttribute('inputmode', 'numeric');
    await tabTo(postal);
    await userEvent.keyboard('001');
    await submitWithKeyboard(canvas, t.submit);
    const links = await expectErrorSummary(canvas, locale, [t.streetError, t.postalFormat, t.cityError]);
    await tabTo(links[1]!);
    await userEvent.keyboard('{Enter}');
    await expect(postal).toHaveFocus();
    await expect(postal).toHaveAccessibleDescription(new RegExp(t.postalFormat));
    // Nothing typed is lost when the errors appear (WCAG 3.3.7).
    await expect(postal).toHaveValue('001');
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: /Katuosoite/ }));
    await userEvent.keyboard('Pohjoisesplanadi 11');
    await userEvent.tab();
    await userEvent.keyboard(' 00170 ');
    await userEvent.tab();
    await userEvent.keyboard('Helsinki');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Osoite tallennettu');
  },
};

/**
 * Coming back to the page (the Back link, or the server's answer to a post that did not pass the check without
 * JavaScript): the answers given before are in the fields.
 */
export const ComingBack: Story = {
  args: { values: exampleHome },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: /Katuosoite/ })).toHaveValue('Pohjoisesplanadi 11');
    await expect(canvas.getByRole('textbox', { name: /Postinumero/ })).toHaveValue('00170');
    await expect(canvas.getByRole('textbox', { name: /Postitoimipaikka/ })).toHaveValue('Helsinki');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Osoite tallennettu');
  },
};

type PostalStory = StoryObj<typeof AskPostalAddress>;

/** The postal address the same as the home address: one checkbox, and the home address is what is sent. */
export const PostalSameAsHome: PostalStory = {
  render: (args) => <AskPostalAddress {...args} />,
  args: { locale: 'fi', home: exampleHome },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const street = canvas.getByRole('textbox', { name: /Katuosoite/ });
    await expect(street).toHaveAttribute('autocomplete', 'section-postal address-line1');
    const same = canvas.getByRole('checkbox', { name: 'Sama kuin kotiosoitteeni: Pohjoisesplanadi 11, 00170 Helsinki' });
    await tabTo(same);
    await userEvent.keyboard(' ');
    await expect(same).toBeChecked();
    await expect(canvas.queryByRole('textbox', { name: /Katuosoite/ })).toBeNull();
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Postiosoite tallennettu: Pohjoisesplanadi 11, 00170 Helsinki');
  },
};

/** A different postal address: its fields are checked like the first, and what was typed stays after an error. */
export const PostalDifferent: PostalStory = {
  render: (args) => <AskPostalAddress {...args} />,
  args: { locale: 'fi', home: exampleHome },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const street = canvas.getByRole('textbox', { name: /Katuosoite/ });
    await tabTo(street);
    await userEvent.keyboard('PL 123');
    await submitWithKeyboard(canvas, 'Jatka');
    await expectErrorSummary(canvas, 'fi', ['Kirjoita postinumero', 'Kirjoita postitoimipaikka']);
    await expect(street).toHaveValue('PL 123');
  },
};

/** In Swedish and English: the checkbox names the whole home address. */
export const PostalSwedish: PostalStory = {
  render: (args) => <AskPostalAddress {...args} />,
  args: { locale: 'sv', home: exampleHome },
  globals: { locale: 'sv' },
};
export const PostalEnglish: PostalStory = {
  render: (args) => <AskPostalAddress {...args} />,
  args: { locale: 'en', home: exampleHome },
  globals: { locale: 'en' },
};
