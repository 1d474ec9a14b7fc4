import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { Button } from '../Button';
import { ConsentSettings } from '../ConsentSettings';
import { Dialog } from '../Dialog';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { isFocusable } from '../internal/focusable';
import { mergeRefs } from '../internal/mergeRefs';
import { useConsentContext } from './consent';
import { CONSENT_FORM_FIELDS } from './consentServer';
import { HiddenFields } from './formMode';
import { useHydrated } from '../internal/useHydrated';
import { consentBannerMessages } from '../i18n/messages/consentBanner';
import { consentSettingsMessages } from '../i18n/messages/consentSettings';

export interface ConsentBannerProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** Heading text. Default "Evästeet ja suostumukset" in the current language. */
  title?: ReactNode;
  /** Level of the heading; default 2. */
  headingLevel?: HeadingLevel;
  /** Text under the heading. Default: a short translated explanation. */
  description?: ReactNode;
  /** Address of the privacy notice; shown as a link. */
  policyHref?: string;
  /**
   * `false` (default): a labelled region at its place on the page; the page stays usable. `true`: a modal
   * dialog (use only where the law or the service requires a decision before use).
   */
  modal?: boolean;
  /** Where focus goes after a decision (the banner disappears). Default: the `<main>` element, if any. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /**
   * Works without JavaScript: the buttons are in a `<form method="post" action={action}>` and post
   * `consent=accept-all` or `consent=reject-all` (see `CONSENT_FORM_FIELDS`, `consentRecordFromForm`). With
   * JavaScript they still save through the provider and the form is not sent.
   */
  action?: string;
  /** Extra hidden fields for the form (a return address, a CSRF token). Only with `action`. */
  hiddenFields?: Readonly<Record<string, string>>;
  /**
   * Address of a page with the settings. Without JavaScript (and until the page is hydrated) "Choose" is a link
   * to it; with JavaScript it opens the choices in the banner.
   */
  settingsHref?: string;
}

/**
 * The consent banner: "Accept all" and "Reject all" side by side with the same look, and "Choose" for a
 * choice per purpose. Shown until the user decides for the current policy version, and again from
 * `ConsentSettingsLink` / `openSettings()`. Not modal unless `modal` is set.
 */
export const ConsentBanner = forwardRef<HTMLElement, ConsentBannerProps>(function ConsentBanner(props, ref) {
  const {
    title,
    headingLevel = 2,
    description,
    policyHref,
    modal = false,
    returnFocusRef,
    action,
    hiddenFields,
    settingsHref,
    className,
    ...rest
  } = props;
  const hydrated = useHydrated();
  const strings = useStrings(consentBannerMessages, consentSettingsMessages);
  const { ready, record, settingsOpen, acceptAll, rejectAll, closeSettings } = useConsentContext();
  const [choosing, setChoosing] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const own = useRef<HTMLElement>(null);
  const visible = ready && (record === null || settingsOpen);
  const expanded = choosing || settingsOpen;

  // "Choose" is a link to `settingsHref` until hydration, then a button: keep focus on it across the swap.
  const chooseLinkRef = useRef<HTMLAnchorElement>(null);
  const chooseButtonRef = useRef<HTMLButtonElement>(null);
  const chooseHadFocus = useRef(false);
  // Runs after the hydration commit, before the re-render that swaps the link (React flushes effects first).
  useEffect(() => {
    if (!hydrated) chooseHadFocus.current = document.activeElement !== null && document.activeElement === chooseLinkRef.current;
    else if (chooseHadFocus.current) {
      chooseHadFocus.current = false;
      chooseButtonRef.current?.focus();
    }
  }, [hydrated]);

  // Reopened from a settings link: bring focus to the banner so keyboard users land in it.
  useEffect(() => {
    if (settingsOpen) titleRef.current?.focus();
  }, [settingsOpen]);

  function done() {
    setChoosing(false);
    setFailed(false);
    announce(strings['consentBanner.saved']);
    const target =
      returnFocusRef?.current ?? (typeof document !== 'undefined' ? document.querySelector<HTMLElement>('main') : null);
    if (target) {
      if (!isFocusable(target)) target.setAttribute('tabindex', '-1');
      setTimeout(() => target.focus(), 0);
    }
  }

  async function decide(run: () => Promise<unknown>) {
    try {
      await run();
      done();
    } catch {
      setFailed(true);
    }
  }

  /**
   * "Accept all" or "Reject all", alike: with JavaScript it saves through the provider; in form mode it is also a
   * submit button that posts `consent=<value>` when the page has no JavaScript.
   */
  function decisionButton(value: string, run: () => Promise<unknown>, text: string) {
    const type = action === undefined ? { type: 'button' as const } : { type: 'submit' as const, name: CONSENT_FORM_FIELDS.decision, value };
    return (
      <Button
        variant="primary"
        {...type}
        onClick={(event: MouseEvent) => {
          event.preventDefault();
          void decide(run);
        }}
      >
        {text}
      </Button>
    );
  }

  if (!visible) return null;
  const Heading = `h${headingLevel}` as 'h2';

  const body = (
    <>
      <p className="aukio-consent-banner__text">{description ?? strings['consentBanner.description']}</p>
      {policyHref && (
        <p className="aukio-consent-banner__text">
          <a className="aukio-consent-banner__link" href={policyHref}>
            {strings['consentBanner.policyLink']}
          </a>
        </p>
      )}
      {failed && (
        <p className="aukio-consent-banner__error" role="alert">
          {strings['consentSettings.saveError']}
        </p>
      )}
      <Actions action={action} className="aukio-consent-banner__actions">
        <HiddenFields fields={action === undefined ? undefined : hiddenFields} />
        {decisionButton(CONSENT_FORM_FIELDS.acceptAll, acceptAll, strings['consentBanner.acceptAll'])}
        {decisionButton(CONSENT_FORM_FIELDS.rejectAll, rejectAll, strings['consentBanner.rejectAll'])}
        {!settingsOpen && settingsHref !== undefined && !hydrated && (
          <Button asChild variant="secondary">
            <a ref={chooseLinkRef} href={settingsHref}>
              {strings['consentBanner.choose']}
            </a>
          </Button>
        )}
        {!settingsOpen && (settingsHref === undefined || hydrated) && (
          <Button
            ref={chooseButtonRef}
            variant="secondary"
            aria-expanded={choosing}
            aria-controls={`${id}s`}
            onClick={() => setChoosing(!choosing)}
          >
            {strings['consentBanner.choose']}
          </Button>
        )}
        {settingsOpen && record && (
          <Button variant="tertiary" onClick={closeSettings}>
            {strings['consentBanner.close']}
          </Button>
        )}
      </Actions>
      <div id={`${id}s`} className="aukio-consent-banner__settings" hidden={!expanded}>
        {expanded && <ConsentSettings onSaved={done} />}
      </div>
    </>
  );

  if (modal) {
    // The same props reach the element in both modes; a landmark role would not fit the dialog, so `role` stays its own.
    const { role: _role, ...dialogProps } = rest;
    return (
      <Dialog
        {...dialogProps}
        ref={mergeRefs(own, ref) as never}
        open
        onOpenChange={() => {}}
        closeButton={false}
        title={title ?? strings['consentBanner.title']}
        headingLevel={headingLevel}
        className={cx('aukio-consent-banner', 'aukio-consent-banner--modal', className)}
        data-modal=""
      >
        {body}
      </Dialog>
    );
  }

  return (
    <section
      ref={mergeRefs(own, ref)}
      aria-labelledby={`${id}t`}
      className={cx('aukio-consent-banner', className)}
      data-state={expanded ? 'open' : 'closed'}
      {...rest}
    >
      <div className="aukio-consent-banner__inner">
        <Heading ref={titleRef} id={`${id}t`} className="aukio-consent-banner__title" tabIndex={-1}>
          {title ?? strings['consentBanner.title']}
        </Heading>
        {body}
      </div>
    </section>
  );
});

/** The row of buttons: a posting form in form mode, otherwise a plain group. */
function Actions({ action, className, children }: { action?: string | undefined; className: string; children: ReactNode }) {
  if (action === undefined) return <div className={className}>{children}</div>;
  return (
    <form method="post" action={action} className={className}>
      {children}
    </form>
  );
}

export interface ConsentSettingsLinkProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** Text; default "Evästeasetukset" / "Inställningar för kakor" / "Cookie settings". */
  children?: ReactNode;
}

/**
 * Opens the consent choices again (for a footer): a button that looks like a link, because it acts on the
 * page. For a separate settings page, use a plain link to it instead.
 */
export const ConsentSettingsLink = forwardRef<HTMLButtonElement, ConsentSettingsLinkProps>(function ConsentSettingsLink(
  { children, className, onClick, ...rest },
  ref,
) {
  const strings = useStrings(consentBannerMessages, consentSettingsMessages);
  const { openSettings } = useConsentContext();
  return (
    <button
      ref={ref}
      type="button"
      className={cx('aukio-consent-settings-link', className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) openSettings();
      }}
      {...rest}
    >
      {children ?? strings['consentBanner.settingsLink']}
    </button>
  );
});
