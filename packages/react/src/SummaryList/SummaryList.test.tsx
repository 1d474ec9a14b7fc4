import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { SummaryList, type SummaryListRow } from './SummaryList';

const rows: SummaryListRow[] = [
  { key: 'Nimi', value: 'Aino Asukas', href: '#nimi' },
  { key: 'Osoite', value: 'Helsinginkatu 1 A 10', href: '#osoite' },
  { key: 'Hakemusnumero', value: 'H-2026-0042' },
];

describe('SummaryList', () => {
  it('is a description list of keys and values', () => {
    const { container } = render(<SummaryList rows={rows} />);
    const dl = container.querySelector('dl')!;
    expect(within(dl).getAllByRole('term').map((t) => t.textContent)).toEqual(['Nimi', 'Osoite', 'Hakemusnumero']);
    expect(within(dl).getByText('Aino Asukas').tagName).toBe('DD');
  });

  it('names each change link with the row key; rows without href have no link', () => {
    render(<SummaryList rows={rows} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Muuta Nimi', 'Muuta Osoite']);
    expect(screen.getByRole('link', { name: 'Muuta Nimi' })).toHaveAttribute('href', '#nimi');
    expect(screen.getByText('Nimi', { selector: '.aukio-visually-hidden' })).toBeInTheDocument();
  });

  it('translates the action word and accepts a custom one', () => {
    render(
      <AukioProvider locale="sv">
        <SummaryList rows={[{ key: 'Namn', value: 'Aino', href: '#n' }, { key: 'Bilaga', value: '—', href: '#b', actionLabel: 'Lägg till' }]} />
      </AukioProvider>,
    );
    expect(screen.getByRole('link', { name: 'Ändra Namn' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lägg till Bilaga' })).toBeInTheDocument();
  });

  it('change links are reached with Tab and followed with Enter', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <AukioProvider locale="en">
        <SummaryList rows={[{ key: 'Name', value: 'Aino', href: '/name', actionProps: { onClick } }]} />
      </AukioProvider>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Change Name' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('wraps in a card with a heading of the chosen level', () => {
    render(<SummaryList rows={rows} title="Hakijan tiedot" headingLevel={3} cardAction={{ href: '#hakija', label: 'Muuta hakijan tietoja' }} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Hakijan tiedot' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Muuta hakijan tietoja' })).toBeInTheDocument();
  });

  it('has no axe violations, plain and as a card', async () => {
    const { container } = render(
      <div>
        <SummaryList rows={rows} />
        <SummaryList rows={rows} title="Hakijan tiedot" />
        <SummaryList rows={[{ key: 'Pitkä', value: 'x'.repeat(300) }]} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
