import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Stepper, type StepperStep } from './Stepper';

const steps: StepperStep[] = [
  { label: 'Henkilötiedot', status: 'completed', href: '/hae/henkilo' },
  { label: 'Ajoneuvo', status: 'inProgress', href: '/hae/ajoneuvo' },
  { label: 'Liitteet', status: 'notStarted', href: '/hae/liitteet' },
  { label: 'Yhteenveto', status: 'cannotStart', href: '/hae/yhteenveto' },
];

describe('Stepper', () => {
  it('is an ordered list with the current step marked and every status in words', () => {
    render(<Stepper steps={steps} />);
    const list = screen.getByRole('list', { name: 'Vaiheet' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[0]).not.toHaveAttribute('aria-current');
    expect(items[0]).toHaveTextContent('Vaihe 1: Henkilötiedot');
    expect(items.map((li) => li.querySelector('.aukio-stepper__status')?.textContent)).toEqual([
      'Valmis',
      'Kesken',
      'Ei aloitettu',
      'Ei voi vielä aloittaa',
    ]);
  });

  it('links to steps that can be visited, with the status as description, and not to the current one', async () => {
    const user = userEvent.setup();
    render(<Stepper steps={steps} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Henkilötiedot', 'Liitteet']);
    expect(screen.getByRole('link', { name: 'Henkilötiedot' })).toHaveAccessibleDescription('Valmis');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Henkilötiedot' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Liitteet' })).toHaveFocus();
  });

  it('takes an explicit current step', () => {
    render(<Stepper steps={steps} current={2} />);
    expect(screen.getAllByRole('listitem')[2]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('link', { name: 'Ajoneuvo' })).toBeInTheDocument();
  });

  it.each([
    ['sv', 'Steg', ['Klar', 'Pågår', 'Inte påbörjad', 'Kan inte påbörjas än']],
    ['en', 'Steps', ['Completed', 'In progress', 'Not started', 'Cannot start yet']],
  ] as const)('speaks %s', (locale, label, statuses) => {
    render(
      <AukioProvider locale={locale}>
        <Stepper steps={steps} />
      </AukioProvider>,
    );
    const list = screen.getByRole('list', { name: label });
    for (const status of statuses) expect(within(list).getByText(status)).toBeInTheDocument();
  });

  it('renders nothing without steps and warns about a bad current index', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Stepper steps={[]} />);
    expect(container).toBeEmptyDOMElement();
    render(<Stepper steps={steps} current={9} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('current=9 is not a step index'));
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = render(<Stepper steps={steps} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: a step without a status cannot be written (the status is always said in words).
// @ts-expect-error a step without a status
export const noStatus = <Stepper steps={[{ label: 'Henkilötiedot' }]} />;
