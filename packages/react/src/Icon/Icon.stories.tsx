import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { Icon } from './Icon';
import { IconGallery } from './IconGallery';
import { ArrowRightIcon, CloseIcon, DownloadIcon, ErrorIcon, InfoIcon, MenuIcon, SearchIcon, WarningIcon } from './icons';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Icon',
  component: Icon,
  args: { children: <path d="M5 12h14M13 6l6 6-6 6" /> },
  // The main props as controls; the drawing (children) is not one.
  argTypes: {
    size: { control: 'inline-radio', options: ['s', 'm', 'l', 'xl'] },
    label: { control: 'text' },
    children: { control: false },
  },
} satisfies Meta<typeof Icon>;
export default meta;
type Story = StoryObj<typeof meta>;

async function filterGallery(canvasElement: HTMLElement, label: string, status: RegExp, countText: string) {
  const canvas = within(canvasElement);
  const search = canvas.getByRole('searchbox', { name: label });
  await userEvent.tab();
  await expect(search).toHaveFocus();
  await userEvent.keyboard('arrow');
  await expect(canvas.getByRole('status')).toHaveTextContent(countText);
  await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
  await userEvent.clear(search);
  await expect(canvas.getByRole('status')).toHaveTextContent(status);
}

/** No size: 1 em, following the text. `s` 1 rem, `m` 1.5 rem, `l` 2 rem, `xl` 3 rem. */
export const Sizes: Story = {
  render: () => (
    <div className="aukio-story-row">
      <ArrowRightIcon />
      <ArrowRightIcon size="s" />
      <ArrowRightIcon size="m" />
      <ArrowRightIcon size="l" />
      <ArrowRightIcon size="xl" />
    </div>
  ),
};

/** Every icon with its export name. Type in the field to filter by name ("arrow", "chevron-left"). */
export const Gallery: Story = {
  render: () => <IconGallery />,
  play: async ({ canvasElement }) => {
    await filterGallery(canvasElement, 'Hae kuvakkeita', /^\d+ kuvaketta$/, '4 kuvaketta');
  },
};

/** The generic base with an app's own drawing on the 24×24 grid. */
export const Base: Story = {};

/** A meaningful icon with no text next to it: `label` makes it `role="img"` with that name. */
export const Labelled: Story = {
  render: () => (
    <p>
      Hakemuksen tila: <WarningIcon label="Puutteellinen" size="m" />
    </p>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Puutteellinen' })).toBeInTheDocument();
  },
};

/** In buttons: the button names itself; the icon stays decorative. */
export const InButton: Story = {
  render: () => (
    <div className="aukio-story-row">
      <Button variant="tertiary" icon={<CloseIcon />} aria-label="Sulje ilmoitus" />
      <Button variant="secondary" icon={<MenuIcon />} aria-label="Valikko" />
      <Button iconStart={<SearchIcon />}>Hae</Button>
      <Button variant="secondary" iconStart={<DownloadIcon />}>
        Lataa päätös (PDF)
      </Button>
      <Button iconEnd={<ArrowRightIcon />}>Jatka</Button>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const close = canvas.getByRole('button', { name: 'Sulje ilmoitus' });
    await userEvent.tab();
    await expect(close).toHaveFocus();
    await expect(canvas.queryAllByRole('img')).toHaveLength(0);
  },
};

/** An icon at the start of long text wraps with it and keeps the text's size and colour. */
export const LongText: Story = {
  render: () => (
    <div className="aukio-story-stack">
      <p>
        <InfoIcon /> Asukaspysäköintitunnuksen hakemukset käsitellään saapumisjärjestyksessä, ja käsittely voi kestää
        ruuhka-aikoina useita viikkoja, joten hae tunnusta hyvissä ajoin ennen nykyisen tunnuksesi päättymistä.
      </p>
      <p>
        <ErrorIcon size="m" /> Asukaspysäköintitunnuksen hakemuksesta puuttuu ajoneuvon rekisteriote tai leasingsopimus
      </p>
      <Button iconStart={<DownloadIcon />}>
        Lataa asukaspysäköintitunnuksen hakemuksen päätös ja sen liitteet yhtenä PDF-tiedostona
      </Button>
    </div>
  ),
};

export const Swedish: Story = {
  render: () => <IconGallery />,
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await filterGallery(canvasElement, 'Sök ikoner', /^\d+ ikoner$/, '4 ikoner');
  },
};

export const English: Story = {
  render: () => <IconGallery />,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await filterGallery(canvasElement, 'Search icons', /^\d+ icons$/, '4 icons');
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Sizes: text, s, m, l, xl">{Sizes.render?.(args, context)}</StateCell>
      <StateCell label="The base with an app's own drawing">
        <Icon {...args} />
      </StateCell>
      <StateCell label="Labelled (role img)">{Labelled.render?.(args, context)}</StateCell>
      <StateCell label="In buttons" wide>
        {InButton.render?.(args, context)}
      </StateCell>
      <StateCell label="Long text" wide>
        {LongText.render?.(args, context)}
      </StateCell>
      <StateCell label="Swedish gallery" locale="sv" wide>
        {Swedish.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
