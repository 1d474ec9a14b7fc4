import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from 'react';
import { Button } from '../Button';
import { ConsentSettings } from '../ConsentSettings';
import { Dialog } from '../Dialog';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { useConsentContext } from './consent';
import { consentBannerMessages } from '../i18n/messages/consentBanner';
import { consentSettingsMessages } from '../i18n/messages/consentSettings';

export interface ConsentBannerProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /** Heading text. Default "Evästeet ja suostumukset" in the current language. */
  title?: ReactNode;
  /** Level of the heading; default 2. */
  headingLevel?: 2 | 3 | 4;
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
}

/**
 * The consent banner: "Accept all" and "Reject all" side by side with the same look, and "Choose" for a
 * choice per purpose. Shown until the user decides for the current policy version, and again from
 * `ConsentSettingsLink` / `openSettings()`. Not modal unless `modal` is set.
 */
export const ConsentBanner = forwardRef<HTMLElement, ConsentBannerProps>(function ConsentBanner(props, ref) {
  const { title, headingLevel = 2, description, policyHref, modal = false, returnFocusRef, className, ...rest } = props;
  const strings = useStrings(consentBannerMessages, consentSettingsMessages);
  const { ready, record, settingsOpen, acceptAll, rejectAll, closeSettings } = useConsentContext();
  const [choosing, setChoosing] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const own = useRef<HTMLElement>(null);
  const visible = ready && (record === null || settingsOpen);
  const expanded = choosing || settingsOpen;

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
      if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
      setTimeout(() => target.focus(), 0);
    }
  }

  async function decide(action: () => Promise<unknown>) {
    try {
      await action();
      done();
    } catch {
      setFailed(true);
    }
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
      <div className="aukio-consent-banner__actions">
        <Button variant="primary" onClick={() => void decide(acceptAll)}>
          {strings['consentBanner.acceptAll']}
        </Button>
        <Button variant="primary" onClick={() => void decide(rejectAll)}>
          {strings['consentBanner.rejectAll']}
        </Button>
        {!settingsOpen && (
          <Button variant="secondary" aria-expanded={choosing} aria-controls={`${id}s`} onClick={() => setChoosing(!choosing)}>
            {strings['consentBanner.choose']}
          </Button>
        )}
        {settingsOpen && record && (
          <Button variant="tertiary" onClick={closeSettings}>
            {strings['consentBanner.close']}
          </Button>
        )}
      </div>
      <div id={`${id}s`} className="aukio-consent-banner__settings" hidden={!expanded}>
        {expanded && <ConsentSettings onSaved={done} />}
      </div>
    </>
  );

  if (modal) {
    return (
      <Dialog
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
