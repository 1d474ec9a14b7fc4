export { Notification, type NotificationProps, type NotificationType } from './Notification';
