import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from '../Link';
import { Tabs } from './Tabs';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Tabs',
  component: Tabs,
  args: { defaultValue: 'info', children: null },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <Tabs {...args}>
        <Tabs.List aria-label={t('Hakemus')}>
          <Tabs.Tab value="info">{t('Tiedot')}</Tabs.Tab>
          <Tabs.Tab value="docs">{t('Asiakirjat')}</Tabs.Tab>
          <Tabs.Tab value="msg">{t('Viestit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="info">
          <p>{t('Hakemus on käsittelyssä.')}</p>
        </Tabs.Panel>
        <Tabs.Panel value="docs">
          <Link href="#paatos">{t('Päätös.pdf')}</Link>
        </Tabs.Panel>
        <Tabs.Panel value="msg">
          <p>{t('Ei uusia viestejä.')}</p>
        </Tabs.Panel>
      </Tabs>
    );
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Hakemus: { sv: 'Ansökan', en: 'Application' },
      Tiedot: { sv: 'Uppgifter', en: 'Details' },
      Asiakirjat: { sv: 'Dokument', en: 'Documents' },
      Viestit: { sv: 'Meddelanden', en: 'Messages' },
      'Hakemus on käsittelyssä.': { sv: 'Ansökan behandlas.', en: 'The application is being processed.' },
      'Päätös.pdf': { sv: 'Beslut.pdf', en: 'Decision.pdf' },
      'Ei uusia viestejä.': { sv: 'Inga nya meddelanden.', en: 'No new messages.' },
      'Pitkät välilehdet': { sv: 'Långa flikar', en: 'Long tabs' },
      'Asukaspysäköintitunnushakemuksen tiedot': {
        sv: 'Uppgifter om ansökan om invånarparkeringstillstånd',
        en: 'Details of the resident parking permit application',
      },
      'Liitteet ja täydennyspyynnöt': { sv: 'Bilagor och begäranden om komplettering', en: 'Attachments and requests for more information' },
      'Päätökset ja muutoksenhakuohjeet': { sv: 'Beslut och besvärsanvisningar', en: 'Decisions and how to appeal' },
      'Pitkät sanat kuten pysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät kapeassakin näkymässä.': {
        sv: 'Långa ord som parkeringstillståndsansökningshanteringssystem radbryts även i en smal vy.',
        en: 'Long words such as parkingpermitapplicationprocessingsystem wrap even in a narrow view.',
      },
      'Ei liitteitä.': { sv: 'Inga bilagor.', en: 'No attachments.' },
      'Ei päätöksiä.': { sv: 'Inga beslut.', en: 'No decisions.' },
    },
  },
} satisfies Meta<typeof Tabs>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Automatic activation: arrows select; Tab enters the panel. */
export const Automatic: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.tab();
    await expect(canvas.getByRole('tab', { name: t('Tiedot') })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const docs = canvas.getByRole('tab', { name: t('Asiakirjat') });
    await expect(docs).toHaveFocus();
    await expect(docs).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { name: t('Viestit') })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: t('Tiedot') })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Home}');
    await expect(canvas.getByRole('tab', { name: t('Tiedot') })).toHaveAttribute('aria-selected', 'true');
    await userEvent.tab();
    await expect(canvas.getByRole('tabpanel')).toHaveFocus();
  },
};

/** Manual activation: arrows move focus, Enter selects. */
export const Manual: Story = {
  args: { activation: 'manual' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: t('Tiedot') })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('tab', { name: t('Asiakirjat') })).toHaveAttribute('aria-selected', 'true');
  },
};

export const SecondSelected: Story = { args: { defaultValue: 'docs' } };

export const LongText: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Tabs defaultValue="a">
        <Tabs.List aria-label={t('Pitkät välilehdet')}>
          <Tabs.Tab value="a">{t('Asukaspysäköintitunnushakemuksen tiedot')}</Tabs.Tab>
          <Tabs.Tab value="b">{t('Liitteet ja täydennyspyynnöt')}</Tabs.Tab>
          <Tabs.Tab value="c">{t('Päätökset ja muutoksenhakuohjeet')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="a">
          <p>{t('Pitkät sanat kuten pysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät kapeassakin näkymässä.')}</p>
        </Tabs.Panel>
        <Tabs.Panel value="b">{t('Ei liitteitä.')}</Tabs.Panel>
        <Tabs.Panel value="c">{t('Ei päätöksiä.')}</Tabs.Panel>
      </Tabs>
    );
  },
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
        {meta.render(storyArgs(args, { args: { defaultValue: 'info' } }), context)}
      </InteractionCells>
      <InteractionCells label="A tab not selected" states={['hover']} target='[role="tab"][aria-selected="false"]'>
        {meta.render(storyArgs(args, { args: { defaultValue: 'info' } }), context)}
      </InteractionCells>
      <StateCell label="Second selected">{meta.render(storyArgs(args, { args: { defaultValue: 'docs' } }), context)}</StateCell>
      <StateCell label="Swedish" locale="sv">
        {Swedish.render?.(args, context)}
      </StateCell>
      <StateCell label="Long text" wide>
        {LongText.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
