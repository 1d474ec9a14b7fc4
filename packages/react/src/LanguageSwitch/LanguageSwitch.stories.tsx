import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageSwitch } from './LanguageSwitch';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts } from '../../test/storyTexts';

const languages = [
  { code: 'fi', name: 'Suomi', href: '#fi' },
  { code: 'sv', name: 'Svenska', href: '#sv' },
  { code: 'en', name: 'English', href: '#en' },
];

const meta = {
  title: 'Components/LanguageSwitch',
  component: LanguageSwitch,
  args: { languages, current: 'fi' },
} satisfies Meta<typeof LanguageSwitch>;
export default meta;
type Story = StoryObj<typeof meta>;

// The language names are each language's own name (Suomi, Svenska, English): the same in every toolbar language.
export const Links: Story = {
  play: async ({ canvasElement, ...context }) => {
    const list = within(canvasElement).getByRole('list', { name: builtInTexts(context)('languageSwitch.label') });
    await expect(within(list).getByRole('link', { name: 'Suomi' })).toHaveAttribute('aria-current', 'true');
    await userEvent.tab();
    await expect(within(list).getByRole('link', { name: 'Suomi' })).toHaveFocus();
  },
};

function InPlace() {
  const [current, setCurrent] = useState('fi');
  return <LanguageSwitch languages={languages.map(({ code, name }) => ({ code, name }))} current={current} onLanguageChange={setCurrent} />;
}
export const Buttons: Story = {
  render: () => <InPlace />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-current', 'true');
    await expect(canvas.getByRole('button', { name: 'Suomi' })).not.toHaveAttribute('aria-current');
  },
};
export const ManyLanguages: Story = {
  args: {
    languages: [
      ...languages,
      { code: 'ru', name: 'Русский', href: '#ru' },
      { code: 'et', name: 'Eesti', href: '#et' },
      { code: 'so', name: 'Soomaali', href: '#so' },
      { code: 'ar', name: 'العربية', href: '#ar' },
    ],
  },
};
export const LongText: Story = {
  args: {
    languages: [
      { code: 'fi', name: 'Suomi (selkosuomi ja yleiskieli)', href: '#fi' },
      { code: 'sv', name: 'Svenska (lättläst svenska och standardsvenska)', href: '#sv' },
      { code: 'en', name: 'English', href: '#en' },
    ],
  },
};
export const Swedish: Story = {
  args: { current: 'sv' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: 'Språk' })).toBeInTheDocument();
  },
};
export const English: Story = {
  args: { current: 'en' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: 'Language' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Finnish current" target="a:not([aria-current])">
        <LanguageSwitch {...args} />
      </InteractionCells>
      <StateCell label="Many languages">
        <LanguageSwitch {...storyArgs(args, ManyLanguages)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <LanguageSwitch {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <LanguageSwitch {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
