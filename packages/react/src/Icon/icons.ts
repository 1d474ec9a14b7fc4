// The Aukio icon set: drawn for Aukio on a 24×24 grid, 2 px round strokes, no fills. Every icon is one
// path (several sub-paths); circles are written as two arcs and dots as zero-length round-capped lines.
//
// Every export is an independent `createIcon` call marked `@__PURE__`, and there is no shared map of paths:
// a bundler drops every icon the app does not import (Icon.treeshake.test.ts checks this).
// Keep the list in alphabetical order by group; add new icons the same way.
import { createIcon } from './Icon';

// Arrows and chevrons
export const ArrowLeftIcon = /* @__PURE__ */ createIcon('ArrowLeftIcon', 'M19 12H5M11 6l-6 6 6 6');
export const ArrowRightIcon = /* @__PURE__ */ createIcon('ArrowRightIcon', 'M5 12h14M13 6l6 6-6 6');
export const ArrowUpIcon = /* @__PURE__ */ createIcon('ArrowUpIcon', 'M12 19V5M6 11l6-6 6 6');
export const ArrowDownIcon = /* @__PURE__ */ createIcon('ArrowDownIcon', 'M12 5v14M6 13l6 6 6-6');
export const ChevronLeftIcon = /* @__PURE__ */ createIcon('ChevronLeftIcon', 'M15 5l-7 7 7 7');
export const ChevronRightIcon = /* @__PURE__ */ createIcon('ChevronRightIcon', 'M9 5l7 7-7 7');
export const ChevronUpIcon = /* @__PURE__ */ createIcon('ChevronUpIcon', 'M5 15.5l7-7 7 7');
export const ChevronDownIcon = /* @__PURE__ */ createIcon('ChevronDownIcon', 'M5 8.5l7 7 7-7');
export const ExternalIcon = /* @__PURE__ */ createIcon(
  'ExternalIcon',
  'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
);
export const RefreshIcon = /* @__PURE__ */ createIcon('RefreshIcon', 'M20 12a8 8 0 1 1-2.3-5.7L20 8.5M20 3.5v5h-5');
export const SortIcon = /* @__PURE__ */ createIcon('SortIcon', 'M8 4v16M4 8l4-4 4 4M16 20V4M12 16l4 4 4-4');

// Actions
export const CheckIcon = /* @__PURE__ */ createIcon('CheckIcon', 'M4 12.5l5 5L20 6.5');
export const CloseIcon = /* @__PURE__ */ createIcon('CloseIcon', 'M6 6l12 12M18 6 6 18');
export const PlusIcon = /* @__PURE__ */ createIcon('PlusIcon', 'M12 5v14M5 12h14');
export const MinusIcon = /* @__PURE__ */ createIcon('MinusIcon', 'M5 12h14');
export const MenuIcon = /* @__PURE__ */ createIcon('MenuIcon', 'M4 6h16M4 12h16M4 18h16');
export const SearchIcon = /* @__PURE__ */ createIcon(
  'SearchIcon',
  'M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0ZM15.3 15.3 20 20',
);
export const FilterIcon = /* @__PURE__ */ createIcon('FilterIcon', 'M4 5h16l-6 7.5V19l-4 2v-8.5L4 5Z');
export const EditIcon = /* @__PURE__ */ createIcon('EditIcon', 'M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16v4ZM13.5 6.5l4 4');
export const TrashIcon = /* @__PURE__ */ createIcon(
  'TrashIcon',
  'M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3',
);
export const CopyIcon = /* @__PURE__ */ createIcon(
  'CopyIcon',
  'M15 9V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h4M11 9h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2Z',
);
export const ShareIcon = /* @__PURE__ */ createIcon(
  'ShareIcon',
  'M20.5 5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0ZM8.5 12a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0ZM20.5 19a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0ZM8.2 10.7l7.6-4.4M8.2 13.3l7.6 4.4',
);
export const UploadIcon = /* @__PURE__ */ createIcon(
  'UploadIcon',
  'M12 15V4M7 9l5-5 5 5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4',
);
export const DownloadIcon = /* @__PURE__ */ createIcon(
  'DownloadIcon',
  'M12 4v11M7 10l5 5 5-5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4',
);
export const PrintIcon = /* @__PURE__ */ createIcon(
  'PrintIcon',
  'M7 9V3h10v6M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2M7 14h10v7H7Z',
);
export const LinkIcon = /* @__PURE__ */ createIcon(
  'LinkIcon',
  'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
);
export const AttachmentIcon = /* @__PURE__ */ createIcon(
  'AttachmentIcon',
  'M20 11.5l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4L15 7',
);
export const LoginIcon = /* @__PURE__ */ createIcon(
  'LoginIcon',
  'M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4M10 17l5-5-5-5M15 12H3',
);
export const LogoutIcon = /* @__PURE__ */ createIcon(
  'LogoutIcon',
  'M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9',
);
export const SettingsIcon = /* @__PURE__ */ createIcon(
  'SettingsIcon',
  'M18.8 10.3l2.6.2v3l-2.6.2a7 7 0 0 1-.8 1.9l1.7 2-2.1 2.1-2-1.7a7 7 0 0 1-1.9.8l-.2 2.6h-3l-.2-2.6a7 7 0 0 1-1.9-.8l-2 1.7-2.1-2.1 1.7-2a7 7 0 0 1-.8-1.9l-2.6-.2v-3l2.6-.2a7 7 0 0 1 .8-1.9l-1.7-2 2.1-2.1 2 1.7a7 7 0 0 1 1.9-.8l.2-2.6h3l.2 2.6a7 7 0 0 1 1.9.8l2-1.7 2.1 2.1-1.7 2a7 7 0 0 1 .8 1.9ZM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z',
);

// Status
export const InfoIcon = /* @__PURE__ */ createIcon('InfoIcon', 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM12 11v5.5M12 7.5h.01');
export const SuccessIcon = /* @__PURE__ */ createIcon(
  'SuccessIcon',
  'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM8 12.5l2.7 2.7L16.2 9.5',
);
export const WarningIcon = /* @__PURE__ */ createIcon('WarningIcon', 'M12 3.5 2.5 20h19L12 3.5ZM12 9.5v4.5M12 17h.01');
export const ErrorIcon = /* @__PURE__ */ createIcon(
  'ErrorIcon',
  'M8.4 3h7.2L21 8.4v7.2L15.6 21H8.4L3 15.6V8.4L8.4 3ZM12 7.5v5.5M12 16.5h.01',
);
export const BellIcon = /* @__PURE__ */ createIcon(
  'BellIcon',
  'M18 16v-5a6 6 0 0 0-12 0v5l-1.5 2h15L18 16ZM10 20.5a2 2 0 0 0 4 0M12 3v2',
);
export const HelpIcon = /* @__PURE__ */ createIcon(
  'HelpIcon',
  'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.5M12 17h.01',
);
export const LockedIcon = /* @__PURE__ */ createIcon(
  'LockedIcon',
  'M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2ZM8 11V8a4 4 0 0 1 8 0v3M12 15v2',
);
export const UnlockedIcon = /* @__PURE__ */ createIcon(
  'UnlockedIcon',
  'M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2ZM8 11V8a4 4 0 0 1 7.5-1.9M12 15v2',
);
export const EyeIcon = /* @__PURE__ */ createIcon(
  'EyeIcon',
  'M2.5 12S6 5 12 5s9.5 7 9.5 7-3.5 7-9.5 7-9.5-7-9.5-7ZM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z',
);
export const EyeOffIcon = /* @__PURE__ */ createIcon(
  'EyeOffIcon',
  'M2.5 12S6 5 12 5s9.5 7 9.5 7-3.5 7-9.5 7-9.5-7-9.5-7ZM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0ZM4 3l16 18',
);
export const StarIcon = /* @__PURE__ */ createIcon(
  'StarIcon',
  'M12 2.9l2.5 6.3 6.8.5-5.2 4.3 1.7 6.6-5.8-3.6-5.8 3.6L7.9 14 2.7 9.7l6.8-.5L12 2.9Z',
);
export const HeartIcon = /* @__PURE__ */ createIcon(
  'HeartIcon',
  'M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20Z',
);

// Things and places
export const CalendarIcon = /* @__PURE__ */ createIcon(
  'CalendarIcon',
  'M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2ZM3 10h18M8 3v4M16 3v4',
);
export const ClockIcon = /* @__PURE__ */ createIcon('ClockIcon', 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM12 7v5l3.5 2');
export const ChatIcon = /* @__PURE__ */ createIcon(
  'ChatIcon',
  'M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-5 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z',
);
export const DocumentIcon = /* @__PURE__ */ createIcon(
  'DocumentIcon',
  'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5ZM14 3v5h5M9 13h6M9 17h6',
);
export const EmailIcon = /* @__PURE__ */ createIcon(
  'EmailIcon',
  'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2ZM3.5 7.5 12 13l8.5-5.5',
);
export const MapIcon = /* @__PURE__ */ createIcon(
  'MapIcon',
  'M9 4 3 6.5V20l6-2.5 6 2.5 6-2.5V4l-6 2.5L9 4ZM9 4v13.5M15 6.5V20',
);
export const PhoneIcon = /* @__PURE__ */ createIcon(
  'PhoneIcon',
  'M5 3.5h3.5l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5V19a1.5 1.5 0 0 1-1.5 1.5A16 16 0 0 1 3.5 5 1.5 1.5 0 0 1 5 3.5Z',
);
export const GlobeIcon = /* @__PURE__ */ createIcon(
  'GlobeIcon',
  'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0ZM3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3Z',
);
export const HomeIcon = /* @__PURE__ */ createIcon('HomeIcon', 'M3 11l9-7.5 9 7.5M5.5 9v11h13V9M10 20v-5h4v5');
export const LocationIcon = /* @__PURE__ */ createIcon(
  'LocationIcon',
  'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21ZM14.5 9.5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0Z',
);
export const UserIcon = /* @__PURE__ */ createIcon(
  'UserIcon',
  'M16 8a4 4 0 1 1-8 0 4 4 0 0 1 8 0ZM4 20.5c0-4 3.6-6.5 8-6.5s8 2.5 8 6.5',
);

// Getting around
export const BicycleIcon = /* @__PURE__ */ createIcon(
  'BicycleIcon',
  'M9 16a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0ZM22 16a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0ZM5.5 16l4-6h7M9.5 10l2.5 6 4.5-6 2 6M9.5 10l-.8-3M7.2 7h3M16.5 10l-1-3h2',
);
export const BusIcon = /* @__PURE__ */ createIcon(
  'BusIcon',
  'M6 3h12a2 2 0 0 1 2 2v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a2 2 0 0 1 2-2ZM4 11h16M4 7h16M7 18v2.5M17 18v2.5M8 14.5h.01M16 14.5h.01',
);
export const CarIcon = /* @__PURE__ */ createIcon(
  'CarIcon',
  'M5 17H3v-5l2-5.5A2 2 0 0 1 6.9 5h10.2a2 2 0 0 1 1.9 1.5L21 12v5h-2M9 17h6M3 12h18M9 17a2 2 0 1 1-4 0 2 2 0 0 1 4 0ZM19 17a2 2 0 1 1-4 0 2 2 0 0 1 4 0Z',
);
export const ParkingIcon = /* @__PURE__ */ createIcon(
  'ParkingIcon',
  'M6 3h12a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3ZM9.5 17V7H13a3 3 0 0 1 0 6H9.5',
);
