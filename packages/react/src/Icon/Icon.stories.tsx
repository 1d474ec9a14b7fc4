import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { Icon } from './Icon';
import { IconGallery } from './IconGallery';
import { ArrowRightIcon, CloseIcon, DownloadIcon, ErrorIcon, InfoIcon, MenuIcon, SearchIcon, WarningIcon } from './icons';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';
import { builtInPattern, builtInTexts, storyTexts, type TextContext } from '../../test/storyTexts';

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
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Hakemuksen tila:': { sv: 'Ansökans status:', en: 'Application status:' },
      Puutteellinen: { sv: 'Ofullständig', en: 'Incomplete' },
      'Sulje ilmoitus': { sv: 'Stäng meddelandet', en: 'Close the message' },
      Valikko: { sv: 'Meny', en: 'Menu' },
      Hae: { sv: 'Sök', en: 'Search' },
      'Lataa päätös (PDF)': { sv: 'Ladda ner beslutet (PDF)', en: 'Download the decision (PDF)' },
      Jatka: { sv: 'Fortsätt', en: 'Continue' },
      'Asukaspysäköintitunnuksen hakemukset käsitellään saapumisjärjestyksessä, ja käsittely voi kestää ruuhka-aikoina useita viikkoja, joten hae tunnusta hyvissä ajoin ennen nykyisen tunnuksesi päättymistä.': {
        sv: 'Ansökningar om invånarparkeringstillstånd behandlas i den ordning de kommer in, och under rusningstider kan det ta flera veckor, så ansök i god tid innan ditt nuvarande tillstånd går ut.',
        en: 'Resident parking permit applications are processed in the order they arrive, and at busy times this can take several weeks, so apply well before your current permit ends.',
      },
      'Asukaspysäköintitunnuksen hakemuksesta puuttuu ajoneuvon rekisteriote tai leasingsopimus': {
        sv: 'Ansökan om invånarparkeringstillstånd saknar fordonets registerutdrag eller leasingavtal',
        en: 'The resident parking permit application is missing the vehicle registration extract or leasing agreement',
      },
      'Lataa asukaspysäköintitunnuksen hakemuksen päätös ja sen liitteet yhtenä PDF-tiedostona': {
        sv: 'Ladda ner beslutet om ansökan om invånarparkeringstillstånd och dess bilagor som en PDF-fil',
        en: 'Download the decision on the resident parking permit application and its attachments as one PDF file',
      },
    },
  },
} satisfies Meta<typeof Icon>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Filters the gallery by "arrow", finding the field and reading the count in the story's language. */
async function filterGallery(canvasElement: HTMLElement, context: Pick<TextContext, 'globals'>) {
  const canvas = within(canvasElement);
  const b = builtInTexts(context);
  const search = canvas.getByRole('searchbox', { name: b('icon.gallerySearch') });
  await userEvent.tab();
  await expect(search).toHaveFocus();
  await userEvent.keyboard('arrow');
  await expect(canvas.getByRole('status')).toHaveTextContent(b('icon.galleryCount.other', { count: 4 }));
  await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
  await userEvent.clear(search);
  await expect(canvas.getByRole('status')).toHaveTextContent(new RegExp(`^${builtInPattern(context, 'icon.galleryCount.other').source}$`));
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
  play: ({ canvasElement, ...context }) => filterGallery(canvasElement, context),
};

/** The generic base with an app's own drawing on the 24×24 grid. */
export const Base: Story = {};

/** A meaningful icon with no text next to it: `label` makes it `role="img"` with that name. */
export const Labelled: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <p>
        {t('Hakemuksen tila:')} <WarningIcon label={t('Puutteellinen')} size="m" />
      </p>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    await expect(within(canvasElement).getByRole('img', { name: storyTexts(context)('Puutteellinen') })).toBeInTheDocument();
  },
};

/** In buttons: the button names itself; the icon stays decorative. */
export const InButton: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-row">
        <Button variant="tertiary" icon={<CloseIcon />} aria-label={t('Sulje ilmoitus')} />
        <Button variant="secondary" icon={<MenuIcon />} aria-label={t('Valikko')} />
        <Button iconStart={<SearchIcon />}>{t('Hae')}</Button>
        <Button variant="secondary" iconStart={<DownloadIcon />}>
          {t('Lataa päätös (PDF)')}
        </Button>
        <Button iconEnd={<ArrowRightIcon />}>{t('Jatka')}</Button>
      </div>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const close = canvas.getByRole('button', { name: storyTexts(context)('Sulje ilmoitus') });
    await userEvent.tab();
    await expect(close).toHaveFocus();
    await expect(canvas.queryAllByRole('img')).toHaveLength(0);
  },
};

/** An icon at the start of long text wraps with it and keeps the text's size and colour. */
export const LongText: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-stack">
        <p>
          <InfoIcon />{' '}
          {t(
            'Asukaspysäköintitunnuksen hakemukset käsitellään saapumisjärjestyksessä, ja käsittely voi kestää ruuhka-aikoina useita viikkoja, joten hae tunnusta hyvissä ajoin ennen nykyisen tunnuksesi päättymistä.',
          )}
        </p>
        <p>
          <ErrorIcon size="m" /> {t('Asukaspysäköintitunnuksen hakemuksesta puuttuu ajoneuvon rekisteriote tai leasingsopimus')}
        </p>
        <Button iconStart={<DownloadIcon />}>
          {t('Lataa asukaspysäköintitunnuksen hakemuksen päätös ja sen liitteet yhtenä PDF-tiedostona')}
        </Button>
      </div>
    );
  },
};

export const Swedish: Story = {
  render: () => <IconGallery />,
  globals: { locale: 'sv' },
  play: ({ canvasElement, ...context }) => filterGallery(canvasElement, context),
};

export const English: Story = {
  render: () => <IconGallery />,
  globals: { locale: 'en' },
  play: ({ canvasElement, ...context }) => filterGallery(canvasElement, context),
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
