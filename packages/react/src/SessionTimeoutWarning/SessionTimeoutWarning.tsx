import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type DialogHTMLAttributes,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import type { HeadingLevel } from '../Heading/Heading';
import { Link } from '../Link';
import { formatPlural, formatString, useLocale, useStrings } from '../i18n';
import { sessionTimeoutWarningMessages } from '../i18n/messages/sessionTimeoutWarning';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { clampWarnBefore, expiryMs, spokenTimeLeft, type ExpiryTime } from './timeLeft';

/** What `onExtend` and `onActivity` may give back: the new expiry the server set, or nothing. */
export type ExpiryResult = ExpiryTime | void | undefined;

export interface SessionTimeoutWarningProps
  extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'title' | 'open' | 'role' | 'children' | 'onSubmit'> {
  /**
   * When the server ends the sign-in: an ISO 8601 string or epoch milliseconds, rendered by the server from what
   * it knows (never guessed in the browser). Give the new value when the server extends it, or return it from
   * `onExtend` / `onActivity`.
   */
  expiresAt: ExpiryTime;
  /** How long before `expiresAt` the warning opens, in milliseconds. Default 5 minutes; never less than 2 minutes. */
  warnBefore?: number;
  /**
   * "Continue" and Escape: ask the server for more time. Return (or resolve with) the new expiry, or update
   * `expiresAt`. A rejected promise keeps the warning open with a message. Without it the form posts to
   * `extendAction`.
   */
  onExtend?: () => ExpiryResult | Promise<ExpiryResult>;
  /** Where the form posts (`intent=extend` or `intent=sign-out`) when JavaScript has not run or `onExtend` is not given. */
  extendAction?: string;
  /** Where "Sign out" posts, when not to `extendAction` (`formaction`). */
  signOutAction?: string;
  /** Called on "Sign out". Call `event.preventDefault()` to sign out in the app instead of the form post. */
  onSignOut?: (event: FormEvent<HTMLFormElement>) => void;
  /** Called once when the time has run out. */
  onExpire?: () => void;
  /** Link shown after the time has run out: a sign-in that returns the resident to the same step. */
  signInHref?: string;
  /**
   * Called on real activity in the page (a key, an input, a press; not page loads), at most once per
   * `activityInterval`, while the warning is closed. Keep the server's sign-in alive here and return the new expiry.
   */
  onActivity?: () => ExpiryResult | Promise<ExpiryResult>;
  /** Shortest time between two `onActivity` calls, in milliseconds. Default 60 000. */
  activityInterval?: number;
  /** Name of the `BroadcastChannel` that tells the service's other tabs the new expiry; `false` turns it off. */
  channel?: string | false;
  /** What happens to the answers, said in the warning. Default: "When you continue, your answers stay." */
  answersNote?: ReactNode;
  /** Extra fields in the form, e.g. a hidden CSRF token or the step to return to. */
  formFields?: ReactNode;
  /** Level of the title heading, `h2` by default. */
  headingLevel?: HeadingLevel;
  /**
   * The clock, for tests and demos only: a function returning epoch milliseconds (default `Date.now`). A story
   * can pass a clock that runs faster than real time.
   */
  now?: () => number;
}

type Message = { type: 'aukio-expiry'; expiresAt: number };

function isPromise<T>(value: unknown): value is Promise<T> {
  return !!value && typeof (value as Promise<T>).then === 'function';
}

/**
 * Warns before the server signs the resident out and lets them continue with one action (WCAG 2.2.1). A modal
 * `Dialog` opens `warnBefore` before `expiresAt`; "Continue" and Escape extend; the time left is spoken at most
 * once every 15 seconds; activity and extending in one tab reach every tab. The markup is a form that posts
 * to the app, so nothing breaks before JavaScript has run (the warning itself needs it).
 */
export const SessionTimeoutWarning = forwardRef<HTMLDialogElement, SessionTimeoutWarningProps>(
  function SessionTimeoutWarning(props, ref) {
    const {
      expiresAt,
      warnBefore: warnBeforeProp,
      onExtend,
      extendAction,
      signOutAction,
      onSignOut,
      onExpire,
      signInHref,
      onActivity,
      activityInterval = 60_000,
      channel = 'aukio-time-limit',
      answersNote,
      formFields,
      headingLevel,
      now = Date.now,
      className,
      ...rest
    } = props;
    const id = useId();
    const strings = useStrings(sessionTimeoutWarningMessages);
    const locale = useLocale();
    const warnBefore = clampWarnBefore(warnBeforeProp);
    const propExpiry = expiryMs(expiresAt);
    const [expiry, setExpiry] = useState(propExpiry);
    // The clock as last read; null until mounted, so the server and the first render agree (closed).
    const [clock, setClock] = useState<number | null>(null);
    const [pending, setPending] = useState(false);
    const [failed, setFailed] = useState(false);
    const dialogRef = useRef<HTMLDialogElement>(null);
    const expiryRef = useRef(expiry);
    const nowRef = useRef(now);
    const post = useRef<(expiresAt: number) => void>(() => {});
    const intent = useRef<'extend' | 'sign-out'>('extend');
    const spoken = useRef<string | null>(null);
    expiryRef.current = expiry;
    nowRef.current = now;

    const open = clock !== null && clock >= expiry - warnBefore;
    const msLeft = clock === null ? Infinity : expiry - clock;
    const expired = open && msLeft <= 0;

    /** A later expiry from the server: taken, and told to the other tabs unless it came from one. */
    function take(next: number, tell = true) {
      if (!Number.isFinite(next) || next <= expiryRef.current) return;
      expiryRef.current = next;
      setExpiry(next);
      setClock(nowRef.current());
      if (tell) post.current(next);
    }

    // The server's new value (a re-render with a new `expiresAt`) wins, later or earlier.
    useEffect(() => {
      if (!Number.isFinite(propExpiry) || propExpiry === expiryRef.current) return;
      const later = propExpiry > expiryRef.current;
      expiryRef.current = propExpiry;
      setExpiry(propExpiry);
      setClock(nowRef.current());
      if (later) post.current(propExpiry);
    }, [propExpiry]);

    // The clock is read every second, but the component renders only while the warning is (about to be) open.
    useEffect(() => {
      const read = () => {
        const t = nowRef.current();
        setClock((previous) => (previous === null || t >= expiryRef.current - warnBefore || previous >= expiryRef.current - warnBefore ? t : previous));
      };
      read();
      const timer = window.setInterval(read, 1000);
      // A tab woken from the background catches up at once (timers there are slowed down).
      document.addEventListener('visibilitychange', read);
      return () => {
        window.clearInterval(timer);
        document.removeEventListener('visibilitychange', read);
      };
    }, [warnBefore]);

    // Other tabs of the service: a later expiry from one of them closes this tab's warning too.
    useEffect(() => {
      if (channel === false || typeof BroadcastChannel === 'undefined') return;
      const bc = new BroadcastChannel(channel);
      bc.onmessage = (event: MessageEvent<Message>) => {
        if (event.data?.type === 'aukio-expiry') take(event.data.expiresAt, false);
      };
      post.current = (next) => bc.postMessage({ type: 'aukio-expiry', expiresAt: next } satisfies Message);
      return () => {
        post.current = () => {};
        bc.close();
      };
    }, [channel]);

    // Real activity, while the warning is closed: a key, an input or a press, at most once per activityInterval.
    // Loading the page is not activity (the server counted that request already), so the first call waits.
    const activityRef = useRef(onActivity);
    activityRef.current = onActivity;
    const hasActivity = !!onActivity;
    useEffect(() => {
      if (!hasActivity || open) return;
      let last = nowRef.current();
      const handle = () => {
        const t = nowRef.current();
        if (t - last < activityInterval) return;
        last = t;
        const result = activityRef.current?.();
        if (isPromise<ExpiryResult>(result)) result.then((next) => next != null && take(expiryMs(next)), () => {});
        else if (result != null) take(expiryMs(result));
      };
      const events = ['keydown', 'input', 'pointerdown'] as const;
      for (const type of events) document.addEventListener(type, handle, { capture: true, passive: true });
      return () => {
        for (const type of events) document.removeEventListener(type, handle, { capture: true });
      };
    }, [hasActivity, open, activityInterval]);

    // The spoken time: the dialog's description says it on opening; after that the one announcer (a region
    // inside the open modal dialog, as the rest of the page is inert) is given each new text, and only a new one.
    const step = open ? spokenTimeLeft(msLeft) : null;
    const timeText = step
      ? formatPlural(locale, step.count, { one: strings[`sessionTimeoutWarning.${step.unit}.one`], other: strings[`sessionTimeoutWarning.${step.unit}.other`] })
      : '';
    const spokenText = !open ? null : expired ? strings['sessionTimeoutWarning.expired'] : timeText;
    useEffect(() => {
      if (spokenText === null) {
        spoken.current = null;
        return;
      }
      if (spoken.current === null) {
        // Just opened: the description says the time. The announcer's region inside the dialog is made now,
        // empty, so the browser has registered it long before the first time it is given a text (in a
        // test run under load, Orca missed the first text of a region made at that moment).
        announce('');
      } else if (spoken.current !== spokenText) announce(spokenText);
      spoken.current = spokenText;
    }, [spokenText]);

    const expireRef = useRef(onExpire);
    expireRef.current = onExpire;
    useEffect(() => {
      if (!expired) return;
      expireRef.current?.();
      // The buttons are gone: focus goes to the sign-in link, else the title, never to the page behind.
      const d = dialogRef.current;
      (d?.querySelector<HTMLElement>('.aukio-time-limit__sign-in') ?? d?.querySelector<HTMLElement>('.aukio-dialog__title'))?.focus();
    }, [expired]);

    useEffect(() => {
      if (!open) setFailed(false);
    }, [open]);

    async function extend() {
      if (pending || expired) return;
      setFailed(false);
      const result = onExtend?.();
      if (!isPromise<ExpiryResult>(result)) {
        if (result != null) take(expiryMs(result));
        return;
      }
      setPending(true);
      try {
        const next = await result;
        if (next != null) take(expiryMs(next));
      } catch {
        setFailed(true);
        announce(strings['sessionTimeoutWarning.extendFailed'], 'assertive');
      } finally {
        setPending(false);
      }
    }

    function submit(event: FormEvent<HTMLFormElement>) {
      if (intent.current === 'sign-out') {
        onSignOut?.(event);
        if (!extendAction && !signOutAction) event.preventDefault();
        return;
      }
      if (onExtend || !extendAction) {
        event.preventDefault();
        void extend();
      }
    }

    const seconds = Math.max(0, Math.ceil(msLeft / 1000));
    const answers = answersNote ?? strings['sessionTimeoutWarning.answers'];

    return (
      <Dialog
        ref={mergeRefs(dialogRef, ref)}
        className={cx('aukio-time-limit', className)}
        closeButton={false}
        headingLevel={headingLevel}
        open={open}
        // Escape is the second way to continue (the only way to close, apart from the buttons).
        onOpenChange={(next) => {
          if (!next) void extend();
        }}
        title={<span id={`${id}t`}>{expired ? strings['sessionTimeoutWarning.expiredTitle'] : strings['sessionTimeoutWarning.title']}</span>}
        description={
          <span id={`${id}d`}>
            {expired ? (
              strings['sessionTimeoutWarning.expired']
            ) : (
              <>
                {timeText && `${timeText} `}
                {answers}
              </>
            )}
          </span>
        }
        data-expires-at={Number.isFinite(expiry) ? new Date(expiry).toISOString() : undefined}
        {...rest}
        // The description belongs to the alert below, not to the <dialog> too: it would be read twice.
        aria-describedby={undefined}
      >
        {open && !expired && (
          <p className="aukio-time-limit__counter" aria-hidden="true">
            {formatString(strings['sessionTimeoutWarning.counter'], { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
          </p>
        )}
        {failed && <p className="aukio-time-limit__error">{strings['sessionTimeoutWarning.extendFailed']}</p>}
        {expired ? (
          signInHref && (
            <p>
              <Link className="aukio-time-limit__sign-in" href={signInHref}>
                {strings['sessionTimeoutWarning.signIn']}
              </Link>
            </p>
          )
        ) : (
          <form method={extendAction || signOutAction ? 'post' : undefined} action={extendAction} onSubmit={submit}>
            {formFields}
            {/* As in AlertDialog: Orca 43 says nothing when focus moves from the page's button to a button in a
                plain dialog; an alertdialog here (named by the title, described by the time and the answers) is
                read once with the focused Continue (scripts/sr/timeout.sr.ts). It is urgent, so the role fits. */}
            <div className="aukio-dialog__actions" role="alertdialog" aria-labelledby={`${id}t`} aria-describedby={`${id}d`}>
              <Button type="submit" name="intent" value="extend" loading={pending} onClick={() => (intent.current = 'extend')}>
                {strings['sessionTimeoutWarning.extend']}
              </Button>
              <Button
                type="submit"
                name="intent"
                value="sign-out"
                variant="secondary"
                formAction={signOutAction}
                onClick={() => (intent.current = 'sign-out')}
              >
                {strings['sessionTimeoutWarning.signOut']}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    );
  },
);
