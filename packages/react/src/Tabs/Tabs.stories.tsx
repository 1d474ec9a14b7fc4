import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from '../Link';
import { Tabs } from './Tabs';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Tabs',
  component: Tabs,
  args: { defaultValue: 'info', children: null },
  render: (args) => (
    <Tabs {...args}>
      <Tabs.List aria-label="Hakemus">
        <Tabs.Tab value="info">Tiedot</Tabs.Tab>
        <Tabs.Tab value="docs">Asiakirjat</Tabs.Tab>
        <Tabs.Tab value="msg">Viestit</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="info">
        <p>Hakemus on käsittelyssä.</p>
      </Tabs.Panel>
      <Tabs.Panel value="docs">
        <Link href="#paatos">Päätös.pdf</Link>
      </Tabs.Panel>
      <Tabs.Panel value="msg">
        <p>Ei uusia viestejä.</p>
      </Tabs.Panel>
    </Tabs>
  ),
} satisfies Meta<typeof Tabs>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Automatic activation: arrows select; Tab enters the panel. */
export const Automatic: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('tab', { name: 'Tiedot' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const docs = canvas.getByRole('tab', { name: 'Asiakirjat' });
    await expect(docs).toHaveFocus();
    await expect(docs).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { name: 'Viestit' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Tiedot' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Home}');
    await expect(canvas.getByRole('tab', { name: 'Tiedot' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.tab();
    await expect(canvas.getByRole('tabpanel')).toHaveFocus();
  },
};

/** Manual activation: arrows move focus, Enter selects. */
export const Manual: Story = {
  args: { activation: 'manual' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Tiedot' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('tab', { name: 'Asiakirjat' })).toHaveAttribute('aria-selected', 'true');
  },
};

export const SecondSelected: Story = { args: { defaultValue: 'docs' } };

export const LongText: Story = {
  render: () => (
    <Tabs defaultValue="a">
      <Tabs.List aria-label="Pitkät välilehdet">
        <Tabs.Tab value="a">Asukaspysäköintitunnushakemuksen tiedot</Tabs.Tab>
        <Tabs.Tab value="b">Liitteet ja täydennyspyynnöt</Tabs.Tab>
        <Tabs.Tab value="c">Päätökset ja muutoksenhakuohjeet</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="a">
        <p>Pitkät sanat kuten pysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät kapeassakin näkymässä.</p>
      </Tabs.Panel>
      <Tabs.Panel value="b">Ei liitteitä.</Tabs.Panel>
      <Tabs.Panel value="c">Ei päätöksiä.</Tabs.Panel>
    </Tabs>
  ),
};

export const Swedish: Story = {
  render: () => (
    <Tabs defaultValue="a">
      <Tabs.List aria-label="Ansökan">
        <Tabs.Tab value="a">Uppgifter</Tabs.Tab>
        <Tabs.Tab value="b">Dokument</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="a">Ansökan behandlas.</Tabs.Panel>
      <Tabs.Panel value="b">Inga dokument.</Tabs.Panel>
    </Tabs>
  ),
  globals: { locale: 'sv' },
};

export const English: Story = {
  render: () => (
    <Tabs defaultValue="a">
      <Tabs.List aria-label="Application">
        <Tabs.Tab value="a">Details</Tabs.Tab>
        <Tabs.Tab value="b">Documents</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="a">The application is being processed.</Tabs.Panel>
      <Tabs.Panel value="b">No documents.</Tabs.Panel>
    </Tabs>
  ),
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="First selected" states={['focus']}>
        {meta.render(storyArgs(args, { args: { defaultValue: 'info' } }))}
      </InteractionCells>
      <InteractionCells label="A tab not selected" states={['hover']} target='[role="tab"][aria-selected="false"]'>
        {meta.render(storyArgs(args, { args: { defaultValue: 'info' } }))}
      </InteractionCells>
      <StateCell label="Second selected">{meta.render(storyArgs(args, { args: { defaultValue: 'docs' } }))}</StateCell>
      <StateCell label="Swedish" locale="sv">
        {Swedish.render?.(args, context)}
      </StateCell>
      <StateCell label="Long text" wide>
        {LongText.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
