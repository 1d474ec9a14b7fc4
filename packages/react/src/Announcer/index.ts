export { Announcer, useAnnounce, type AnnounceFunction, type AnnouncePoliteness, type AnnouncerProps } from './Announcer';
