import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { SearchInput } from './SearchInput';

describe('SearchInput', () => {
  it('is a labelled search field in a search landmark with a translated search button', () => {
    render(<SearchInput label="Hae sivustolta" name="q" action="/haku" />);
    const landmark = screen.getByRole('search');
    expect(landmark.tagName).toBe('FORM');
    expect(landmark).toHaveAttribute('action', '/haku');
    expect(landmark).toHaveAttribute('method', 'get');
    const input = screen.getByRole('searchbox', { name: 'Hae sivustolta' });
    expect(input).toHaveAttribute('type', 'search');
    expect(input).toHaveAttribute('name', 'q');
    expect(screen.getByRole('button', { name: 'Hae' })).toHaveAttribute('type', 'submit');
    // Nothing to clear yet.
    expect(screen.queryByRole('button', { name: 'Tyhjennä haku' })).not.toBeInTheDocument();
  });

  it('clears with the button and returns focus to the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onClear = vi.fn();
    render(<SearchInput label="Hae" onChange={onChange} onClear={onClear} />);
    const input = screen.getByRole('searchbox');
    await user.type(input, 'uimahalli');
    await user.click(screen.getByRole('button', { name: 'Tyhjennä haku' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(onChange.mock.lastCall![0].target.value).toBe('');
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Tyhjennä haku' })).not.toBeInTheDocument();
  });

  it('clears on Escape, and lets Escape through when the field is empty', async () => {
    const user = userEvent.setup();
    const outer = vi.fn();
    const listener = (e: KeyboardEvent) => e.key === 'Escape' && outer();
    document.addEventListener('keydown', listener);
    render(<SearchInput label="Hae" />);
    const input = screen.getByRole('searchbox');
    await user.type(input, 'kirjasto');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(outer).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(outer).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', listener);
  });

  it('works controlled', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [q, setQ] = useState('sauna');
      return (
        <>
          <SearchInput label="Hae" value={q} onChange={(e) => setQ(e.target.value)} />
          <output>{q || 'tyhjä'}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Tyhjennä haku' }));
    expect(screen.getByText('tyhjä')).toBeInTheDocument();
  });

  it('searches with Enter and with the button', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    render(<SearchInput label="Hae" onSearch={onSearch} />);
    await user.type(screen.getByRole('searchbox'), 'päiväkoti{Enter}');
    expect(onSearch).toHaveBeenLastCalledWith('päiväkoti', expect.anything());
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    expect(onSearch).toHaveBeenCalledTimes(2);
  });

  it('works without its own form inside another form', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    const submit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={submit}>
        <SearchInput label="Hae" landmark={false} onSearch={onSearch} />
      </form>,
    );
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'a{Enter}');
    await user.click(screen.getByRole('button', { name: 'Hae' }));
    expect(onSearch).toHaveBeenCalledTimes(2);
    expect(submit).not.toHaveBeenCalled();
  });

  it('speaks Swedish and English', () => {
    render(
      <AukioProvider locale="sv">
        <SearchInput label="Sök" defaultValue="bibliotek" />
      </AukioProvider>,
    );
    expect(screen.getByRole('button', { name: 'Töm sökningen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sök' })).toBeInTheDocument();
    render(
      <AukioProvider locale="en">
        <SearchInput aria-label="Search the site" defaultValue="library" landmarkLabel="Site" />
      </AukioProvider>,
    );
    expect(screen.getByRole('button', { name: 'Clear search' })).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Site' })).toBeInTheDocument();
  });

  it('renders no clear button on the server (it needs JavaScript) and forwards ref', () => {
    expect(renderToString(<SearchInput label="Hae" defaultValue="x" />)).not.toContain('Tyhjennä');
    const ref = createRef<HTMLInputElement>();
    render(<SearchInput label="Hae" ref={ref} />);
    expect(ref.current).toBe(screen.getByRole('searchbox'));
  });

  it('has no axe violations in its states', { timeout: 20_000 }, async () => {
    const { container } = render(
      <div>
        <SearchInput label="Hae sivustolta" landmarkLabel="Sivusto" />
        <SearchInput label="Hae tapahtumia" defaultValue="konsertti" hint="Nimi tai paikka" landmarkLabel="Tapahtumat" />
        <SearchInput label="Hae toimipisteitä" error="Kirjoita vähintään kaksi merkkiä" defaultValue="a" landmarkLabel="Toimipisteet" />
        <SearchInput label="Suodata" landmark={false} hideSubmit disabled />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a SearchInput needs a label, aria-label or aria-labelledby
export const unlabelled = <SearchInput />;
