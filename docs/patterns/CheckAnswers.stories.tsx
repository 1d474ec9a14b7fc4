import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, catalogues, Heading, Stack, SummaryList, Text } from '../../packages/react/src';
import { PatternPage, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Tarkista vastauksesi ennen lähettämistä',
    personal: 'Henkilötiedot',
    contact: 'Yhteystiedot',
    name: 'Nimi',
    dob: 'Syntymäaika',
    address: 'Osoite',
    email: 'Sähköposti',
    attachment: 'Vuokrasopimus',
    addressValue: 'Pohjoisesplanadi 11, 00170 Helsinki',
    dobValue: '27.3.1956',
    declarationTitle: 'Vakuutus',
    declaration: 'Lähettämällä hakemuksen vakuutat, että antamasi tiedot ovat oikein.',
    submit: 'Hyväksy ja lähetä',
    done: 'Hakemus lähetetty',
  },
  sv: {
    title: 'Kontrollera dina svar innan du skickar',
    personal: 'Personuppgifter',
    contact: 'Kontaktuppgifter',
    name: 'Namn',
    dob: 'Födelsedatum',
    address: 'Adress',
    email: 'E-post',
    attachment: 'Hyresavtal',
    addressValue: 'Norra esplanaden 11, 00170 Helsingfors',
    dobValue: '27.3.1956',
    declarationTitle: 'Försäkran',
    declaration: 'Genom att skicka ansökan försäkrar du att uppgifterna är riktiga.',
    submit: 'Godkänn och skicka',
    done: 'Ansökan har skickats',
  },
  en: {
    title: 'Check your answers before sending',
    personal: 'Personal details',
    contact: 'Contact details',
    name: 'Name',
    dob: 'Date of birth',
    address: 'Address',
    email: 'Email',
    attachment: 'Lease agreement',
    addressValue: 'Pohjoisesplanadi 11, 00170 Helsinki',
    dobValue: '27 March 1956',
    declarationTitle: 'Declaration',
    declaration: 'By sending the application you confirm that the information you gave is correct.',
    submit: 'Accept and send',
    done: 'Application sent',
  },
} satisfies Record<Locale, Record<string, string>>;

function CheckAnswers({ locale }: { locale: Locale }) {
  const t = texts[locale];
  const [sent, setSent] = useState(false);
  return (
    <PatternPage>
      <Stack gap={6}>
        <Heading level={1}>{t.title}</Heading>
        <SummaryList
          title={t.personal}
          headingLevel={2}
          rows={[
            { key: t.name, value: 'Aino Maria Virtanen', href: '#nimi' },
            { key: t.dob, value: t.dobValue, href: '#syntymaaika' },
            { key: t.address, value: t.addressValue, href: '#osoite' },
          ]}
        />
        <SummaryList
          title={t.contact}
          headingLevel={2}
          rows={[
            { key: t.email, value: 'aino.virtanen@example.fi', href: '#yhteystiedot' },
            { key: t.attachment, value: 'vuokrasopimus.pdf (4 kt)', href: '#liite' },
          ]}
        />
        <form
          method="post"
          action="/laheta"
          onSubmit={(event) => {
            event.preventDefault();
            setSent(true);
          }}
        >
          <Stack gap={4}>
            <Heading level={2}>{t.declarationTitle}</Heading>
            <Text>{t.declaration}</Text>
            <div>
              <Button type="submit">{t.submit}</Button>
            </div>
          </Stack>
        </form>
        <p role="status">{sent ? t.done : ''}</p>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Check answers',
  component: CheckAnswers,
  args: { locale: 'fi' },
} satisfies Meta<typeof CheckAnswers>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  const change = catalogues[locale]['summaryList.change'];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Each change link names its row, so a list of links makes sense on its own.
    const link = canvas.getByRole('link', { name: `${change} ${t.dob}` });
    await expect(link).toHaveAttribute('href', '#syntymaaika');
    await tabTo(link);
    await expect(canvas.getAllByRole('link', { name: new RegExp(`^${change} `) })).toHaveLength(5);
    const button = canvas.getByRole('button', { name: t.submit });
    await tabTo(button);
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(t.done);
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };
