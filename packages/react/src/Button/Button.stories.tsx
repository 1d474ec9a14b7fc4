import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from './Button';
import { InteractionCells, StateCell, StateGrid } from '../../test/visual/StateGrid';

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
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Lähetä hakemus' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
  },
};
export const Secondary: Story = { args: { variant: 'secondary', children: 'Tallenna luonnos' } };
export const Tertiary: Story = { args: { variant: 'tertiary', children: 'Peruuta' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Poista hakemus' } };
export const Sizes: Story = {
  render: () => (
    <div className="aukio-story-row">
      <Button size="small">Pieni</Button>
      <Button size="medium">Keskikokoinen</Button>
      <Button size="large">Suuri</Button>
    </div>
  ),
};
export const WithIcons: Story = {
  render: () => (
    <div className="aukio-story-row">
      <Button iconEnd={<Arrow />}>Jatka</Button>
      <Button variant="secondary" iconStart={<Close />}>
        Sulje
      </Button>
    </div>
  ),
};
export const IconOnly: Story = {
  args: { children: undefined },
  render: () => <Button variant="tertiary" icon={<Close />} aria-label="Sulje ilmoitus" />,
};
export const Disabled: Story = { args: { disabled: true, children: 'Ei käytettävissä' } };
export const Loading: Story = {
  args: { loading: true, children: 'Lähetetään' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: /Lähetetään/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    button.focus();
    await expect(button).toHaveFocus();
  },
};
export const AsLink: Story = {
  render: () => (
    <Button asChild iconEnd={<Arrow />}>
      <a href="#start">Aloita nyt</a>
    </Button>
  ),
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
  render: () => (
    <StateGrid>
      {(['primary', 'secondary', 'tertiary', 'danger'] as const).map((variant) => (
        <InteractionCells key={variant} label={variant.replace(/^./, (c) => c.toUpperCase())}>
          <Button variant={variant}>Lähetä hakemus</Button>
        </InteractionCells>
      ))}
      <StateCell label="Disabled">
        <Button disabled>Ei käytettävissä</Button>
      </StateCell>
      <StateCell label="Loading">
        <Button loading>Lähetetään</Button>
      </StateCell>
      <StateCell label="Sizes">
        <div className="aukio-story-row">
          <Button size="small">Pieni</Button>
          <Button size="medium">Keskikokoinen</Button>
          <Button size="large">Suuri</Button>
        </div>
      </StateCell>
      <StateCell label="Icons">
        <div className="aukio-story-row">
          <Button iconEnd={<Arrow />}>Jatka</Button>
          <Button variant="tertiary" icon={<Close />} aria-label="Sulje ilmoitus" />
        </div>
      </StateCell>
      <StateCell label="Swedish, loading" locale="sv">
        <Button loading>Skicka ansökan</Button>
      </StateCell>
      <StateCell label="Long text" wide>
        <Button>
          Lähetä hakemus asukaspysäköintitunnuksesta ja vahvista, että antamasi tiedot ovat oikein ja ajantasaiset
        </Button>
      </StateCell>
    </StateGrid>
  ),
};
