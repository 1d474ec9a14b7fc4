import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { DateInput } from '../DateInput';
import { AukioProvider } from '../i18n';
import { TextInput } from '../TextInput';
import { ErrorSummary } from './ErrorSummary';

function Page({ errors }: { errors: Array<{ fieldId: string; message: string }> }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <TextInput id="email" label="Sähköposti" error="Kirjoita sähköpostiosoite" />
      <DateInput id="dob" legend="Syntymäaika" error="Päivämäärässä on oltava kuukausi" defaultValue={{ day: '1', month: '', year: '1990' }} />
      <fieldset id="contact">
        <legend>Yhteystapa</legend>
        <input type="radio" id="contact-email" name="contact" aria-label="Sähköposti" />
        <input type="radio" id="contact-phone" name="contact" aria-label="Puhelin" />
      </fieldset>
    </>
  );
}

const errors = [
  { fieldId: 'email', message: 'Kirjoita sähköpostiosoite' },
  { fieldId: 'dob', message: 'Päivämäärässä on oltava kuukausi' },
  { fieldId: 'dob-month', message: 'Kuukausi puuttuu' },
  { fieldId: 'contact', message: 'Valitse yhteystapa' },
];

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes focus, has a translated heading, lists links and has no alert role', async () => {
    render(<Page errors={errors} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Tarkista seuraavat kohdat' });
    const summary = heading.parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(summary).not.toHaveAttribute('role');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kirjoita sähköpostiosoite' })).toHaveAttribute('href', '#email');
  });

  it('moves focus to the field, the first part of a date, a named part, and the first choice of a group', async () => {
    const user = userEvent.setup();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    render(<Page errors={errors} />);
    await user.click(screen.getByRole('link', { name: 'Kirjoita sähköpostiosoite' }));
    expect(screen.getByRole('textbox', { name: /Sähköposti/ })).toHaveFocus();
    expect(scrolled.at(-1)).toHaveTextContent('Sähköposti');
    expect(scrolled.at(-1)?.tagName).toBe('LABEL');

    await user.click(screen.getByRole('link', { name: 'Päivämäärässä on oltava kuukausi' }));
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveFocus();
    expect(scrolled.at(-1)?.tagName).toBe('LEGEND');

    await user.click(screen.getByRole('link', { name: 'Kuukausi puuttuu' }));
    expect(screen.getByRole('textbox', { name: 'Kuukausi' })).toHaveFocus();
    expect(scrolled.at(-1)).toHaveTextContent('Syntymäaika');

    await user.click(screen.getByRole('link', { name: 'Valitse yhteystapa' }));
    expect(screen.getByRole('radio', { name: 'Sähköposti' })).toHaveFocus();
    expect(scrolled.at(-1)).toHaveTextContent('Yhteystapa');
  });

  it('follows the links with the keyboard', async () => {
    const user = userEvent.setup();
    render(<Page errors={errors} />);
    await waitFor(() => expect(screen.getByRole('heading').parentElement).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('link', { name: 'Kirjoita sähköpostiosoite' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /Sähköposti/ })).toHaveFocus();
  });

  it('refocuses when the focus key changes and takes a custom title and level', async () => {
    const { rerender } = render(
      <AukioProvider locale="sv">
        <ErrorSummary errors={errors.slice(0, 1)} focusKey={1} />
        <input id="email" aria-label="E-post" />
        <button type="button">Skicka</button>
      </AukioProvider>,
    );
    const summary = screen.getByRole('heading', { name: 'Kontrollera följande' }).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    screen.getByRole('button').focus();
    rerender(
      <AukioProvider locale="sv">
        <ErrorSummary errors={errors.slice(0, 1)} focusKey={2} title="Det finns fel" headingLevel={3} />
        <input id="email" aria-label="E-post" />
        <button type="button">Skicka</button>
      </AukioProvider>,
    );
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('heading', { level: 3, name: 'Det finns fel' })).toBeInTheDocument();
  });

  it('warns in development when a link targets a missing id', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ErrorSummary errors={[{ fieldId: 'nowhere', message: 'Virhe' }]} />);
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('links to #nowhere')));
    warn.mockRestore();
  });

  it('has no axe violations', { timeout: 20_000 }, async () => {
    const { container } = render(<Page errors={errors} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
