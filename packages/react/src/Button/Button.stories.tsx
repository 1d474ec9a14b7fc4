import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from './Button';
import { InteractionCells, StateCell, StateGrid } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const Arrow = () => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    <path d="M5 12h14M13 6l6 6-6 6" />
  </svg>
);
const Close = () => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
    <path d="M6 6l12 12M18 6 6 18" />
  </svg>
);

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Lähetä hakemus' },
  // The props are a union (text or icon-only button), which the docs' prop reader cannot list: named here.
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    disabled: { control: 'boolean' },
    loading: { control: 'boolean' },
    fullWidth: { control: 'boolean' },
    children: { control: 'text' },
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Lähetä hakemus': { sv: 'Skicka ansökan', en: 'Send application' },
      'Tallenna luonnos': { sv: 'Spara utkast', en: 'Save draft' },
      Peruuta: { sv: 'Avbryt', en: 'Cancel' },
      'Poista hakemus': { sv: 'Radera ansökan', en: 'Delete application' },
      Pieni: { sv: 'Liten', en: 'Small' },
      Keskikokoinen: { sv: 'Medelstor', en: 'Medium' },
      Suuri: { sv: 'Stor', en: 'Large' },
      Jatka: { sv: 'Fortsätt', en: 'Continue' },
      Sulje: { sv: 'Stäng', en: 'Close' },
      'Sulje ilmoitus': { sv: 'Stäng meddelandet', en: 'Close the notice' },
      'Ei käytettävissä': { sv: 'Inte tillgänglig', en: 'Not available' },
      Lähetetään: { sv: 'Skickas', en: 'Sending' },
      'Aloita nyt': { sv: 'Börja nu', en: 'Start now' },
      'Koko leveys': { sv: 'Full bredd', en: 'Full width' },
      'Lähetä hakemus asukaspysäköintitunnuksesta ja vahvista, että antamasi tiedot ovat oikein ja ajantasaiset': {
        sv: 'Skicka ansökan om boendeparkeringstillstånd och bekräfta att uppgifterna du har gett är korrekta och aktuella',
        en: 'Send the application for a resident parking permit and confirm that the details you have given are correct and up to date',
      },
    },
  },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvasElement, ...context }) => {
    const button = within(canvasElement).getByRole('button', { name: storyTexts(context)('Lähetä hakemus') });
    await userEvent.tab();
    await expect(button).toHaveFocus();
  },
};
export const Secondary: Story = { args: { variant: 'secondary', children: 'Tallenna luonnos' } };
export const Tertiary: Story = { args: { variant: 'tertiary', children: 'Peruuta' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Poista hakemus' } };
export const Sizes: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-row">
        <Button size="small">{t('Pieni')}</Button>
        <Button size="medium">{t('Keskikokoinen')}</Button>
        <Button size="large">{t('Suuri')}</Button>
      </div>
    );
  },
};
export const WithIcons: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-row">
        <Button iconEnd={<Arrow />}>{t('Jatka')}</Button>
        <Button variant="secondary" iconStart={<Close />}>
          {t('Sulje')}
        </Button>
      </div>
    );
  },
};
export const IconOnly: Story = {
  args: { children: undefined },
  render: (_args, context) => <Button variant="tertiary" icon={<Close />} aria-label={storyTexts(context)('Sulje ilmoitus')} />,
};
export const Disabled: Story = { args: { disabled: true, children: 'Ei käytettävissä' } };
export const Loading: Story = {
  args: { loading: true, children: 'Lähetetään' },
  play: async ({ canvasElement, ...context }) => {
    const button = within(canvasElement).getByRole('button', { name: new RegExp(storyTexts(context)('Lähetetään')) });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    button.focus();
    await expect(button).toHaveFocus();
  },
};
export const AsLink: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Button asChild iconEnd={<Arrow />}>
        <a href="#start">{t('Aloita nyt')}</a>
      </Button>
    );
  },
};
export const FullWidth: Story = { args: { fullWidth: true, children: 'Koko leveys' } };
export const LongText: Story = {
  args: {
    children:
      'Lähetä hakemus asukaspysäköintitunnuksesta ja vahvista, että antamasi tiedot ovat oikein ja ajantasaiset',
  },
};
export const Swedish: Story = { args: { children: 'Skicka ansökan', loading: true }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: 'Send application', loading: true }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        {(['primary', 'secondary', 'tertiary', 'danger'] as const).map((variant) => (
          <InteractionCells key={variant} label={variant.replace(/^./, (c) => c.toUpperCase())}>
            <Button variant={variant}>{t('Lähetä hakemus')}</Button>
          </InteractionCells>
        ))}
        <StateCell label="Disabled">
          <Button disabled>{t('Ei käytettävissä')}</Button>
        </StateCell>
        <StateCell label="Loading">
          <Button loading>{t('Lähetetään')}</Button>
        </StateCell>
        <StateCell label="Sizes">
          <div className="aukio-story-row">
            <Button size="small">{t('Pieni')}</Button>
            <Button size="medium">{t('Keskikokoinen')}</Button>
            <Button size="large">{t('Suuri')}</Button>
          </div>
        </StateCell>
        <StateCell label="Icons">
          <div className="aukio-story-row">
            <Button iconEnd={<Arrow />}>{t('Jatka')}</Button>
            <Button variant="tertiary" icon={<Close />} aria-label={t('Sulje ilmoitus')} />
          </div>
        </StateCell>
        <StateCell label="Swedish, loading" locale="sv">
          <Button loading>Skicka ansökan</Button>
        </StateCell>
        <StateCell label="Long text" wide>
          <Button>
            {t(
              'Lähetä hakemus asukaspysäköintitunnuksesta ja vahvista, että antamasi tiedot ovat oikein ja ajantasaiset',
            )}
          </Button>
        </StateCell>
      </StateGrid>
    );
  },
};
