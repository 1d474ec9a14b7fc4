import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from '../Link';
import { Accordion } from './Accordion';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const items = (
  <>
    <Accordion.Item value="who" title="Kuka voi hakea?">
      <p>Alueella vakituisesti asuvat, joiden nimissä on auto.</p>
      <Link href="#ehdot">Lue hakuehdot</Link>
    </Accordion.Item>
    <Accordion.Item value="cost" title="Paljonko tunnus maksaa?">
      <p>60 euroa vuodessa.</p>
    </Accordion.Item>
    <Accordion.Item value="when" title="Milloin päätös tulee?">
      <p>Kahden viikon kuluessa hakemuksesta.</p>
    </Accordion.Item>
  </>
);

const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  args: { headingLevel: 3, children: items },
} satisfies Meta<typeof Accordion>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Arrow keys move between headers; Enter and Space open and close. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', { name: 'Kuka voi hakea?' });
    await userEvent.tab();
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: 'Paljonko tunnus maksaa?' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: 'Milloin päätös tulee?' })).toHaveFocus();
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Paljonko tunnus maksaa?' }));
    await expect(canvas.getByRole('button', { name: 'Kuka voi hakea?' })).toHaveAttribute('aria-expanded', 'false');
  },
};

export const HeadingLevel2: Story = { args: { headingLevel: 2 } };

export const WithDisabledItem: Story = {
  args: {
    children: (
      <>
        {items}
        <Accordion.Item value="old" title="Vanhat hakemukset (ei käytössä)" disabled>
          <p>Arkisto.</p>
        </Accordion.Item>
      </>
    ),
  },
};

export const LongText: Story = {
  args: {
    defaultValue: ['long'],
    children: (
      <Accordion.Item
        value="long"
        title="Miten asukaspysäköintitunnushakemuksen käsittelyaikaan vaikuttavat puuttuvat liitteet ja tarkennuspyynnöt?"
      >
        <p>
          Jos hakemuksesta puuttuu liitteitä, lähetämme tarkennuspyynnön. Käsittely jatkuu, kun olemme saaneet
          kaikki tarvittavat tiedot. Pitkät sanat kuten pysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät.
        </p>
      </Accordion.Item>
    ),
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
  render: (args) => {
    const one = (title: string, text: string, more: { open?: boolean; disabled?: boolean } = {}) => (
      <Accordion headingLevel={args.headingLevel} defaultValue={more.open ? ['one'] : undefined}>
        <Accordion.Item value="one" title={title} disabled={more.disabled}>
          <p>{text}</p>
        </Accordion.Item>
      </Accordion>
    );
    return (
      <StateGrid>
        <StateCell label="Closed">
          <Accordion {...args} />
        </StateCell>
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
        <StateCell label="Swedish" locale="sv">
          <Accordion {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Accordion {...storyArgs(args, LongText)} />
        </StateCell>
      </StateGrid>
    );
  },
};
