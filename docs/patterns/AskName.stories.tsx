import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, Form, Heading, Link, Stack, Text, TextInput, type FormErrors } from '../../packages/react/src';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Mikä on nimesi?',
    intro: 'Kirjoita nimesi niin kuin se on virallisissa asiakirjoissa.',
    given: 'Etunimet',
    family: 'Sukunimi',
    givenError: 'Kirjoita etunimesi',
    familyError: 'Kirjoita sukunimesi',
    submit: 'Jatka',
    done: 'Nimi tallennettu: {name}',
    known: 'Nimesi on {name}.',
    knownSource: 'Saimme nimen tunnistautumisesta.',
    change: 'Muuta nimeä',
  },
  sv: {
    title: 'Vad heter du?',
    intro: 'Skriv ditt namn så som det står i officiella handlingar.',
    given: 'Förnamn',
    family: 'Efternamn',
    givenError: 'Skriv dina förnamn',
    familyError: 'Skriv ditt efternamn',
    submit: 'Fortsätt',
    done: 'Namnet har sparats: {name}',
    known: 'Du heter {name}.',
    knownSource: 'Vi fick namnet från identifieringen.',
    change: 'Ändra namnet',
  },
  en: {
    title: 'What is your name?',
    intro: 'Enter your name as it is on your official documents.',
    given: 'First names',
    family: 'Last name',
    givenError: 'Enter your first names',
    familyError: 'Enter your last name',
    submit: 'Continue',
    done: 'Name saved: {name}',
    known: 'Your name is {name}.',
    knownSource: 'We got your name when you signed in.',
    change: 'Change your name',
  },
} satisfies Record<Locale, Record<string, string>>;

/**
 * `known`: the name sign-in returned. It is shown with a way to change it instead of being asked again (WCAG
 * 3.3.7); "Muuta nimeä" is a link to the same page with `?muuta=nimi`, which the server answers with the fields
 * filled in, so it works without JavaScript; with JavaScript it opens the fields in place. `editing` is that
 * server-rendered state.
 */
function AskName({ locale, known, editing: editingInitially = false }: { locale: Locale; known?: { givenName: string; familyName: string }; editing?: boolean }) {
  const t = texts[locale];
  const [saved, setSaved] = useState<string | null>(null);
  const [editing, setEditing] = useState(editingInitially || !known);
  const validate = (fd: FormData): FormErrors => ({
    givenName: String(fd.get('givenName') ?? '').trim() ? undefined : t.givenError,
    familyName: String(fd.get('familyName') ?? '').trim() ? undefined : t.familyError,
  });
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <Form
          method="post"
          action="/nimi"
          onValidate={validate}
          onSubmit={(event, fd) => {
            event.preventDefault();
            setSaved(`${String(fd.get('givenName')).trim()} ${String(fd.get('familyName')).trim()}`);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              {editing ? (
                <>
                  <TextInput label={t.given} name="givenName" autoComplete="given-name" spellCheck={false} required defaultValue={known?.givenName} error={errorFor('givenName')} />
                  <TextInput label={t.family} name="familyName" autoComplete="family-name" spellCheck={false} required defaultValue={known?.familyName} error={errorFor('familyName')} />
                </>
              ) : (
                <div>
                  <input type="hidden" name="givenName" value={known?.givenName ?? ''} />
                  <input type="hidden" name="familyName" value={known?.familyName ?? ''} />
                  <Text>
                    {t.known.replace('{name}', `${known?.givenName} ${known?.familyName}`)} {t.knownSource}
                  </Text>
                  <Link
                    href="?muuta=nimi"
                    onClick={(event) => {
                      event.preventDefault();
                      setEditing(true);
                    }}
                  >
                    {t.change}
                  </Link>
                </div>
              )}
              <div>
                <Button type="submit">{t.submit}</Button>
              </div>
            </Stack>
          )}
        </Form>
        <p role="status">{saved ? t.done.replace('{name}', saved) : ''}</p>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Ask for a name',
  component: AskName,
  args: { locale: 'fi' },
} satisfies Meta<typeof AskName>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two fields with `autocomplete="given-name"` and `family-name` (WCAG 1.3.5), checked on submit. */
function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const given = canvas.getByRole('textbox', { name: new RegExp(t.given) });
    const family = canvas.getByRole('textbox', { name: new RegExp(t.family) });
    await expect(given).toHaveAttribute('autocomplete', 'given-name');
    await expect(family).toHaveAttribute('autocomplete', 'family-name');
    // Submitting empty: the summary takes focus and links to each field.
    await submitWithKeyboard(canvas, t.submit);
    const links = await expectErrorSummary(canvas, locale, [t.givenError, t.familyError]);
    await tabTo(links[1]!);
    await userEvent.keyboard('{Enter}');
    await expect(family).toHaveFocus();
    await expect(family).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('Virtanen');
    await submitWithKeyboard(canvas, t.submit);
    await expectErrorSummary(canvas, locale, [t.givenError]);
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

/** Both names given: the answer is saved. */
export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: /Etunimet/ }));
    await userEvent.keyboard('Aino Maria');
    await userEvent.tab();
    await userEvent.keyboard('Virtanen');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Nimi tallennettu: Aino Maria Virtanen');
  },
};

const knownName = { givenName: 'Maija', familyName: 'Meikäläinen' };

/** The name known from sign-in is shown, not asked again; continuing sends it as it is. */
export const KnownFromSignIn: Story = {
  args: { known: knownName },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Nimesi on Maija Meikäläinen\./)).toBeInTheDocument();
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Nimi tallennettu: Maija Meikäläinen');
  },
};

/** "Muuta nimeä" opens the fields with the known name in them, to change rather than type again. */
export const ChangeKnownName: Story = {
  args: { known: knownName },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const change = canvas.getByRole('link', { name: 'Muuta nimeä' });
    await expect(change).toHaveAttribute('href', '?muuta=nimi');
    await tabTo(change);
    await userEvent.keyboard('{Enter}');
    const given = canvas.getByRole('textbox', { name: /Etunimet/ });
    await expect(given).toHaveValue('Maija');
    await expect(canvas.getByRole('textbox', { name: /Sukunimi/ })).toHaveValue('Meikäläinen');
    await tabTo(given);
    // Tab selects the whole text; End goes after it, to add rather than replace.
    await userEvent.keyboard('{End} Liisa');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Nimi tallennettu: Maija Liisa Meikäläinen');
  },
};

/** In Swedish and English. */
export const KnownSwedish: Story = { args: { locale: 'sv', known: knownName }, globals: { locale: 'sv' } };
export const KnownEnglish: Story = { args: { locale: 'en', known: knownName }, globals: { locale: 'en' } };
