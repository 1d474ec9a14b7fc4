import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusLabel } from './StatusLabel';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/StatusLabel',
  component: StatusLabel,
  args: { children: 'Luonnos' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Luonnos: { sv: 'Utkast', en: 'Draft' },
      Käsittelyssä: { sv: 'Under behandling', en: 'In progress' },
      Hyväksytty: { sv: 'Godkänd', en: 'Approved' },
      'Odottaa liitettä': { sv: 'Väntar på bilaga', en: 'Waiting for an attachment' },
      Hylätty: { sv: 'Avslagen', en: 'Rejected' },
      'Odottaa hakijan täydennystä: ajoneuvon rekisteriotteen kopio puuttuu hakemuksen liitteistä': {
        sv: 'Väntar på komplettering från sökanden: en kopia av fordonets registreringsutdrag saknas bland bilagorna',
        en: 'Waiting for the applicant to add to the application: a copy of the vehicle registration certificate is missing',
      },
    },
  },
} satisfies Meta<typeof StatusLabel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const Info: Story = { args: { type: 'info', children: 'Käsittelyssä' } };
export const Success: Story = { args: { type: 'success', children: 'Hyväksytty' } };
export const Warning: Story = { args: { type: 'warning', children: 'Odottaa liitettä' } };
export const Error: Story = { args: { type: 'error', children: 'Hylätty' } };
export const AllTypes: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-row">
        <StatusLabel>{t('Luonnos')}</StatusLabel>
        <StatusLabel type="info">{t('Käsittelyssä')}</StatusLabel>
        <StatusLabel type="success">{t('Hyväksytty')}</StatusLabel>
        <StatusLabel type="warning">{t('Odottaa liitettä')}</StatusLabel>
        <StatusLabel type="error">{t('Hylätty')}</StatusLabel>
      </div>
    );
  },
};
export const LongText: Story = {
  args: { type: 'warning', children: 'Odottaa hakijan täydennystä: ajoneuvon rekisteriotteen kopio puuttuu hakemuksen liitteistä' },
};
export const Swedish: Story = { args: { type: 'success', children: 'Godkänd' }, globals: { locale: 'sv' } };
export const English: Story = { args: { type: 'error', children: 'Rejected' }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        {(
          [
            ['Neutral', Neutral],
            ['Info', Info],
            ['Success', Success],
            ['Warning', Warning],
            ['Error', Error],
          ] as const
        ).map(([label, story]) => (
          <StateCell key={label} label={label}>
            <StatusLabel {...t(storyArgs(args, story))} />
          </StateCell>
        ))}
        <StateCell label="Swedish" locale="sv">
          <StatusLabel {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <StatusLabel {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
