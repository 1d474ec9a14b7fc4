import { forwardRef, useEffect, useId, type HTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { formatString, useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { taskListMessages } from '../i18n/messages/taskList';

export type TaskStatus = 'completed' | 'inProgress' | 'notStarted' | 'cannotStart';

export interface TaskListTask {
  label: ReactNode;
  status: TaskStatus;
  /** Address of the task. The name is a link when the task can be started (status is not `cannotStart`). */
  href?: string;
  /** A short hint under the name, e.g. why the task cannot be started yet. */
  hint?: ReactNode;
  /** React key; defaults to `href`, then the position. */
  key?: string;
}

export interface TaskListGroup {
  /** Heading of the group, e.g. "Hakijan tiedot". Names the group's list. */
  heading?: ReactNode;
  tasks: TaskListTask[];
  key?: string;
}

export interface TaskListProps extends HTMLAttributes<HTMLDivElement> {
  /** Tasks in groups, each with an optional heading. */
  groups?: TaskListGroup[];
  /** A single list without a heading (shorthand for one group). */
  tasks?: TaskListTask[];
  /** Level of the group headings. Default 2. */
  headingLevel?: HeadingLevel;
  /** Show "You have completed 2 of 5 tasks." above the list. */
  showProgress?: boolean;
}

const statusKey = {
  completed: 'taskList.status.completed',
  inProgress: 'taskList.status.inProgress',
  notStarted: 'taskList.status.notStarted',
  cannotStart: 'taskList.status.cannotStart',
} as const;

/**
 * The tasks of an application that can be done in any order (the GOV.UK task list pattern). Each task shows
 * its status in words; the task name is a link when it can be started, and the link is described by its
 * hint and status.
 */
export const TaskList = forwardRef<HTMLDivElement, TaskListProps>(function TaskList(
  { groups: groupsProp, tasks, headingLevel = 2, showProgress = false, className, ...rest },
  ref,
) {
  const strings = useStrings(taskListMessages);
  const baseId = useId();
  const groups = groupsProp ?? (tasks ? [{ tasks }] : []);
  const all = groups.flatMap((g) => g.tasks);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const hrefs = all.map((t) => t.href).filter((h): h is string => Boolean(h));
    const dup = hrefs.find((h, i) => hrefs.indexOf(h) !== i);
    if (dup) warnOnce(`tasklist-href:${dup}`, `<TaskList>: the href "${dup}" is used by more than one task.`);
    const keys = all.map((t) => t.key).filter((k): k is string => k !== undefined);
    const dupKey = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dupKey) warnOnce(`tasklist-key:${dupKey}`, `<TaskList>: the key "${dupKey}" is used by more than one task.`);
    if (groupsProp && tasks) warnOnce('tasklist-both', '<TaskList>: pass either groups or tasks, not both; tasks is ignored.');
  });

  if (all.length === 0) {
    return (
      <div ref={ref} className={cx('aukio-task-list', className)} data-empty="" {...rest}>
        <p className="aukio-task-list__empty">{strings['taskList.empty']}</p>
      </div>
    );
  }

  const done = all.filter((t) => t.status === 'completed').length;

  return (
    <div ref={ref} className={cx('aukio-task-list', className)} {...rest}>
      {showProgress && (
        <p className="aukio-task-list__progress">{formatString(strings['taskList.progress'], { done, count: all.length })}</p>
      )}
      {groups.map((group, g) => {
        if (group.tasks.length === 0) return null;
        const headingId = `${baseId}-g${g}`;
        return (
          <div key={`${g}:${group.key ?? ''}`} className="aukio-task-list__group">
            {group.heading && (
              <Heading id={headingId} className="aukio-task-list__heading">
                {group.heading}
              </Heading>
            )}
            <ul className="aukio-task-list__list" aria-labelledby={group.heading ? headingId : undefined}>
              {group.tasks.map((task, t) => {
                const id = `${baseId}-g${g}t${t}`;
                const linked = Boolean(task.href) && task.status !== 'cannotStart';
                const describedBy = cx(task.hint ? `${id}-hint` : undefined, `${id}-status`);
                return (
                  <li
                    key={`${t}:${task.key ?? task.href ?? ''}`}
                    className="aukio-task-list__task"
                    data-status={task.status}
                    data-linked={linked ? '' : undefined}
                  >
                    <div className="aukio-task-list__name-and-hint">
                      {linked ? (
                        <a className="aukio-task-list__link" href={task.href} aria-describedby={describedBy}>
                          {task.label}
                        </a>
                      ) : (
                        <span className="aukio-task-list__name">{task.label}</span>
                      )}
                      {task.hint && (
                        <div className="aukio-task-list__hint" id={`${id}-hint`}>
                          {task.hint}
                        </div>
                      )}
                    </div>
                    <div className="aukio-task-list__status" id={`${id}-status`}>
                      <span className="aukio-task-list__tag">{strings[statusKey[task.status]]}</span>
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
});
