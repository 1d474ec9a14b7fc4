import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { TaskList, type TaskListGroup } from './TaskList';

const groups: TaskListGroup[] = [
  {
    heading: 'Hakijan tiedot',
    tasks: [
      { label: 'Henkilötiedot', status: 'completed', href: '/henkilo' },
      { label: 'Osoite', status: 'inProgress', href: '/osoite' },
    ],
  },
  {
    heading: 'Ajoneuvo',
    tasks: [
      { label: 'Rekisteritiedot', status: 'notStarted', href: '/ajoneuvo' },
      { label: 'Maksu', status: 'cannotStart', href: '/maksu', hint: 'Täytä ensin ajoneuvon tiedot.' },
    ],
  },
];

describe('TaskList', () => {
  it('groups tasks in lists named by their headings, status in words', () => {
    render(<TaskList groups={groups} />);
    const applicant = screen.getByRole('list', { name: 'Hakijan tiedot' });
    expect(within(applicant).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Ajoneuvo' })).toBeInTheDocument();
    expect(within(applicant).getByText('Valmis')).toBeInTheDocument();
    expect(within(applicant).getByText('Kesken')).toBeInTheDocument();
  });

  it('links tasks that can be started, described by their status; not the others', async () => {
    const user = userEvent.setup();
    render(<TaskList groups={groups} />);
    expect(screen.getByRole('link', { name: 'Osoite' })).toHaveAccessibleDescription('Kesken');
    expect(screen.getByRole('link', { name: 'Rekisteritiedot' })).toHaveAccessibleDescription('Ei aloitettu');
    expect(screen.queryByRole('link', { name: 'Maksu' })).toBeNull();
    expect(screen.getByText('Ei voi vielä aloittaa')).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Henkilötiedot' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Rekisteritiedot' })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('describes a link by its hint and status', () => {
    render(<TaskList tasks={[{ label: 'Liitteet', status: 'notStarted', href: '/liitteet', hint: 'Enintään 5 tiedostoa.' }]} />);
    expect(screen.getByRole('link', { name: 'Liitteet' })).toHaveAccessibleDescription('Enintään 5 tiedostoa. Ei aloitettu');
  });

  it('shows progress on request', () => {
    render(<TaskList groups={groups} showProgress />);
    expect(screen.getByText('Olet tehnyt 1/4 tehtävää.')).toBeInTheDocument();
  });

  it.each([
    ['sv', ['Klar', 'Pågår', 'Inte påbörjad', 'Kan inte påbörjas än'], 'Det finns inga uppgifter än.'],
    ['en', ['Completed', 'In progress', 'Not started', 'Cannot start yet'], 'There are no tasks yet.'],
  ] as const)('speaks %s, including the empty state', (locale, statuses, empty) => {
    const { unmount } = render(
      <AukioProvider locale={locale}>
        <TaskList groups={groups} />
      </AukioProvider>,
    );
    for (const status of statuses) expect(screen.getByText(status)).toBeInTheDocument();
    unmount();
    render(
      <AukioProvider locale={locale}>
        <TaskList groups={[]} />
      </AukioProvider>,
    );
    expect(screen.getByText(empty)).toBeInTheDocument();
  });

  it('warns in development about duplicate hrefs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <TaskList
        tasks={[
          { label: 'A', status: 'notStarted', href: '/a' },
          { label: 'B', status: 'notStarted', href: '/a' },
        ]}
      />,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"/a" is used by more than one task'));
    warn.mockRestore();
  });

  it('has no axe violations, with tasks and empty', async () => {
    const { container } = render(
      <>
        <TaskList groups={groups} showProgress />
        <TaskList tasks={[]} />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: a task without a status cannot be written.
// @ts-expect-error a task without a status
export const noTaskStatus = <TaskList tasks={[{ label: 'Osoite', href: '/osoite' }]} />;
