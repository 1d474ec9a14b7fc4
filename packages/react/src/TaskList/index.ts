export { TaskList, type TaskListProps, type TaskListTask, type TaskListGroup, type TaskStatus } from './TaskList';
