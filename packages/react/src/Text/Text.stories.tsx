import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from './Text';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Text',
  component: Text,
  args: { children: 'Asukaspysäköintitunnuksella voit pysäköidä oman asuinalueesi kadunvarsipaikoille.' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Asukaspysäköintitunnuksella voit pysäköidä oman asuinalueesi kadunvarsipaikoille.': {
        sv: 'Med invånarparkeringstillstånd kan du parkera på gatan i ditt område.',
        en: 'With a resident parking permit you can park on the street in your area.',
      },
      'Hinnat sisältävät arvonlisäveron.': { sv: 'Priserna innehåller mervärdesskatt.', en: 'The prices include VAT.' },
      'Asukaspysäköintitunnuksen voi saada henkilö, jonka vakinainen osoite on asukaspysäköintialueella ja jonka käytössä on ajoneuvo. Tiedostonimi_ilman_välilyöntejä_joka_on_hyvin_pitkä_ja_jatkuu_vielä.pdf':
        {
          sv: 'Invånarparkeringstillstånd kan fås av en person vars stadigvarande adress ligger i ett invånarparkeringsområde och som har ett fordon i sin användning. Filnamn_utan_mellanslag_som_är_mycket_långt_och_fortsätter_ännu.pdf',
          en: 'A resident parking permit can be given to a person whose permanent address is in a resident parking zone and who has a vehicle in use. File_name_without_spaces_that_is_very_long_and_goes_on_still.pdf',
        },
    },
  },
} satisfies Meta<typeof Text>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Body: Story = {};
export const Lead: Story = { args: { variant: 'lead' } };
export const Small: Story = { args: { variant: 'small', children: 'Hinnat sisältävät arvonlisäveron.' } };
export const LongText: Story = {
  args: {
    children:
      'Asukaspysäköintitunnuksen voi saada henkilö, jonka vakinainen osoite on asukaspysäköintialueella ja jonka käytössä on ajoneuvo. Tiedostonimi_ilman_välilyöntejä_joka_on_hyvin_pitkä_ja_jatkuu_vielä.pdf',
  },
};
export const Swedish: Story = { args: { children: 'Med invånarparkeringstillstånd kan du parkera på gatan i ditt område.' }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: 'With a resident parking permit you can park on the street in your area.' }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        {(
          [
            ['Body', Body],
            ['Lead', Lead],
            ['Small', Small],
          ] as const
        ).map(([label, story]) => (
          <StateCell key={label} label={label}>
            <Text {...t(storyArgs(args, story))} />
          </StateCell>
        ))}
        <StateCell label="Swedish" locale="sv">
          <Text {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Text {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
