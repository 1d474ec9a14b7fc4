// Status icons shared by Notification, Toast and StatusLabel. Each status has its own SHAPE (circle, circle
// with a tick, triangle, octagon) so the type is told apart without colour. Decorative: the type is also
// given in words, so the icons are hidden from assistive technology.
import type { ReactElement } from 'react';

export type StatusType = 'info' | 'success' | 'warning' | 'error';

const common = {
  viewBox: '0 0 24 24',
  width: '1em',
  height: '1em',
  'aria-hidden': true,
  focusable: false,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function InfoIcon() {
  return (
    <svg className="aukio-icon" {...common}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="M12 11v6M12 7.5v.01" strokeWidth="2.5" />
    </svg>
  );
}

export function SuccessIcon() {
  return (
    <svg className="aukio-icon" {...common}>
      <circle cx="12" cy="12" r="9.5" />
      <path d="m7.5 12.5 3 3 6-7" strokeWidth="2.5" />
    </svg>
  );
}

export function WarningIcon() {
  return (
    <svg className="aukio-icon" {...common}>
      <path d="M12 2.8 22.2 20.5H1.8Z" />
      <path d="M12 9.5v5M12 17.5v.01" strokeWidth="2.5" />
    </svg>
  );
}

export function ErrorIcon() {
  return (
    <svg className="aukio-icon" {...common}>
      <path d="M8.1 2.5h7.8l5.6 5.6v7.8l-5.6 5.6H8.1l-5.6-5.6V8.1Z" />
      <path d="m9 9 6 6M15 9l-6 6" strokeWidth="2.5" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg className="aukio-icon" {...common}>
      <path d="M6 6l12 12M18 6 6 18" strokeWidth="2.5" />
    </svg>
  );
}

export const statusIcons: Record<StatusType, () => ReactElement> = {
  info: InfoIcon,
  success: SuccessIcon,
  warning: WarningIcon,
  error: ErrorIcon,
};

/** Key of the translated type label ("Tiedote", "Onnistui", "Varoitus", "Virhe"). */
export const statusLabelKey = {
  info: 'notification.info',
  success: 'notification.success',
  warning: 'notification.warning',
  error: 'notification.error',
} as const satisfies Record<StatusType, string>;
