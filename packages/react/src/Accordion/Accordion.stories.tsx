import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from '../Link';
import { Accordion } from './Accordion';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { cellLanguage, storyTexts, storyTextsIn } from '../../test/storyTexts';

/** The example sections, their texts in the story's language. */
const items = (t: ReturnType<typeof storyTexts>) => (
  <>
    <Accordion.Item value="who" title={t('Kuka voi hakea?')}>
      <p>{t('Alueella vakituisesti asuvat, joiden nimissä on auto.')}</p>
      <Link href="#ehdot">{t('Lue hakuehdot')}</Link>
    </Accordion.Item>
    <Accordion.Item value="cost" title={t('Paljonko tunnus maksaa?')}>
      <p>{t('60 euroa vuodessa.')}</p>
    </Accordion.Item>
    <Accordion.Item value="when" title={t('Milloin päätös tulee?')}>
      <p>{t('Kahden viikon kuluessa hakemuksesta.')}</p>
    </Accordion.Item>
  </>
);

const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  // The sections are made in the render function (a story may give its own children), so the controls show
  // no React elements.
  args: { headingLevel: 3, children: null },
  render: (args, context) => <Accordion {...args}>{args.children ?? items(storyTexts(context))}</Accordion>,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Kuka voi hakea?': { sv: 'Vem kan ansöka?', en: 'Who can apply?' },
      'Alueella vakituisesti asuvat, joiden nimissä on auto.': {
        sv: 'De som bor stadigvarande i området och har en bil i sitt namn.',
        en: 'People who live in the area permanently and have a car in their name.',
      },
      'Lue hakuehdot': { sv: 'Läs villkoren för ansökan', en: 'Read who can apply' },
      'Paljonko tunnus maksaa?': { sv: 'Vad kostar tillståndet?', en: 'How much does the permit cost?' },
      '60 euroa vuodessa.': { sv: '60 euro per år.', en: '60 euros a year.' },
      'Milloin päätös tulee?': { sv: 'När kommer beslutet?', en: 'When will I get the decision?' },
      'Kahden viikon kuluessa hakemuksesta.': { sv: 'Inom två veckor från ansökan.', en: 'Within two weeks of applying.' },
      'Vanhat hakemukset (ei käytössä)': { sv: 'Gamla ansökningar (inte i bruk)', en: 'Old applications (not in use)' },
      'Arkisto.': { sv: 'Arkiv.', en: 'Archive.' },
      'Miten asukaspysäköintitunnushakemuksen käsittelyaikaan vaikuttavat puuttuvat liitteet ja tarkennuspyynnöt?': {
        sv: 'Hur påverkar saknade bilagor och begäranden om komplettering handläggningstiden för en ansökan om invånarparkeringstillstånd?',
        en: 'How do missing attachments and requests for more information affect the processing time of a resident parking permit application?',
      },
      'Jos hakemuksesta puuttuu liitteitä, lähetämme tarkennuspyynnön. Käsittely jatkuu, kun olemme saaneet kaikki tarvittavat tiedot. Pitkät sanat kuten pysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät.': {
        sv: 'Om det saknas bilagor i ansökan skickar vi en begäran om komplettering. Handläggningen fortsätter när vi har fått alla uppgifter som behövs. Långa ord som parkeringstillståndsansökningshanteringssystem radbryts.',
        en: 'If attachments are missing from the application, we send a request for more information. Processing goes on once we have everything we need. Long words such as parkingpermitapplicationprocessingsystem wrap.',
      },
      'Mistä saan apua hakemukseen?': { sv: 'Var får jag hjälp med ansökan?', en: 'Where can I get help with the application?' },
      'Soita neuvontaan arkisin klo 9–15.': { sv: 'Ring rådgivningen vardagar kl. 9–15.', en: 'Call the help desk on weekdays from 9 am to 3 pm.' },
      'Voiko hakemusta muuttaa?': { sv: 'Kan jag ändra ansökan?', en: 'Can I change the application?' },
      'Voit muuttaa hakemusta, kunnes käsittely alkaa.': {
        sv: 'Du kan ändra ansökan tills handläggningen börjar.',
        en: 'You can change the application until processing starts.',
      },
      'Kuka päättää hakemuksesta?': { sv: 'Vem beslutar om ansökan?', en: 'Who decides on the application?' },
      'Pysäköintipalvelujen käsittelijä.': { sv: 'En handläggare på parkeringstjänsterna.', en: 'A case worker at parking services.' },
      'Mitä liitteitä tarvitaan?': { sv: 'Vilka bilagor behövs?', en: 'Which attachments are needed?' },
      'Rekisteriote ja tarvittaessa vuokrasopimus.': {
        sv: 'Ett registerutdrag och vid behov ett hyresavtal.',
        en: 'A vehicle registration extract and, if needed, a rental agreement.',
      },
    },
  },
} satisfies Meta<typeof Accordion>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Arrow keys move between headers; Enter and Space open and close. */
export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const first = canvas.getByRole('button', { name: t('Kuka voi hakea?') });
    await userEvent.tab();
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: t('Paljonko tunnus maksaa?') })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: t('Milloin päätös tulee?') })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(first).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
  },
};

export const AllOpen: Story = { args: { defaultValue: ['who', 'cost', 'when'] } };

/** `type="single"`: opening a section closes the one that was open. */
export const Single: Story = {
  args: { type: 'single', defaultValue: ['who'] },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: t('Paljonko tunnus maksaa?') }));
    await expect(canvas.getByRole('button', { name: t('Kuka voi hakea?') })).toHaveAttribute('aria-expanded', 'false');
  },
};

export const HeadingLevel2: Story = { args: { headingLevel: 2 } };

export const WithDisabledItem: Story = {
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <Accordion {...args}>
        {items(t)}
        <Accordion.Item value="old" title={t('Vanhat hakemukset (ei käytössä)')} disabled>
          <p>{t('Arkisto.')}</p>
        </Accordion.Item>
      </Accordion>
    );
  },
};

export const LongText: Story = {
  args: { defaultValue: ['long'] },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <Accordion {...args}>
        <Accordion.Item
          value="long"
          title={t('Miten asukaspysäköintitunnushakemuksen käsittelyaikaan vaikuttavat puuttuvat liitteet ja tarkennuspyynnöt?')}
        >
          <p>
            {t(
              'Jos hakemuksesta puuttuu liitteitä, lähetämme tarkennuspyynnön. Käsittely jatkuu, kun olemme saaneet kaikki tarvittavat tiedot. Pitkät sanat kuten pysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät.',
            )}
          </p>
        </Accordion.Item>
      </Accordion>
    );
  },
};

export const Swedish: Story = {
  args: {
    defaultValue: ['a'],
    children: (
      <>
        <Accordion.Item value="a" title="Vem kan ansöka?">
          <p>Invånare i området.</p>
        </Accordion.Item>
        <Accordion.Item value="b" title="Vad kostar det?">
          <p>60 euro per år.</p>
        </Accordion.Item>
      </>
    ),
  },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: {
    defaultValue: ['a'],
    children: (
      <>
        <Accordion.Item value="a" title="Who can apply?">
          <p>Residents of the area.</p>
        </Accordion.Item>
        <Accordion.Item value="b" title="What does it cost?">
          <p>60 euros a year.</p>
        </Accordion.Item>
      </>
    ),
  },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Every panel is a region named by its section title, and region names must differ on a page (axe:
  // landmark-unique), hidden panels included: each cell has sections of its own.
  // Its texts in the toolbar's language; the Swedish cell's in Swedish (in Finnish when the toolbar shows
  // Swedish, so that no two sections share a name: cellLanguage).
  render: (args, context) => {
    const t = storyTexts(context);
    const [sv, svName] = cellLanguage(context, 'sv');
    const one = (title: string, text: string, more: { open?: boolean; disabled?: boolean } = {}) => (
      <Accordion headingLevel={args.headingLevel} defaultValue={more.open ? ['one'] : undefined}>
        <Accordion.Item value="one" title={t(title)} disabled={more.disabled}>
          <p>{t(text)}</p>
        </Accordion.Item>
      </Accordion>
    );
    return (
      <StateGrid>
        <StateCell label="Closed">{meta.render(args, context)}</StateCell>
        <StateCell label="Closed, hover" force={['hover']}>
          {one('Mistä saan apua hakemukseen?', 'Soita neuvontaan arkisin klo 9–15.')}
        </StateCell>
        <StateCell label="Closed, focus" force={['focus', 'focus-visible']}>
          {one('Voiko hakemusta muuttaa?', 'Voit muuttaa hakemusta, kunnes käsittely alkaa.')}
        </StateCell>
        <StateCell label="Open">{one('Kuka päättää hakemuksesta?', 'Pysäköintipalvelujen käsittelijä.', { open: true })}</StateCell>
        <StateCell label="Open, focus" force={['focus', 'focus-visible']}>
          {one('Mitä liitteitä tarvitaan?', 'Rekisteriote ja tarvittaessa vuokrasopimus.', { open: true })}
        </StateCell>
        <StateCell label="A disabled section">{one('Vanhat hakemukset (ei käytössä)', 'Arkisto.', { disabled: true })}</StateCell>
        <StateCell label={svName} locale={sv}>
          {sv === 'sv' ? (
            <Accordion {...storyArgs(args, Swedish)} />
          ) : (
            <Accordion {...args} defaultValue={['who']}>
              {items(storyTextsIn(context, sv))}
            </Accordion>
          )}
        </StateCell>
        <StateCell label="Long text" wide>
          {LongText.render?.(storyArgs(args, LongText), context)}
        </StateCell>
      </StateGrid>
    );
  },
};
