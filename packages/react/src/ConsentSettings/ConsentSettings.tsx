import { forwardRef, useEffect, useState, type FormEvent, type FormHTMLAttributes } from 'react';
import { Button } from '../Button';
import { CheckboxGroup } from '../CheckboxGroup';
import { useConsentContext, type ConsentRecord } from '../ConsentBanner/consent';
import { CONSENT_FORM_FIELDS } from '../ConsentBanner/consentServer';
import { HiddenFields } from '../ConsentBanner/formMode';
import { useHydrated } from '../internal/useHydrated';
import { Notification } from '../Notification';
import { formatString, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { legendLevel } from '../internal/field';
import type { HeadingLevel } from '../Heading/Heading';
import { consentSettingsMessages } from '../i18n/messages/consentSettings';

export interface ConsentSettingsProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children' | 'action'> {
  /** Heading level of the group's legend text; default none (plain legend). */
  headingLevel?: HeadingLevel | undefined;
  /** @deprecated use `headingLevel` (`legendAs="h2"` is `headingLevel={2}`); removed in the next minor version. */
  legendAs?: 'h2' | 'h3' | 'h4' | undefined;
  /** Called after the choices were saved. */
  onSaved?: (record: ConsentRecord) => void;
  /**
   * Works without JavaScript: the form posts to this address (`method="post"`): `consent=save` and one
   * `purpose=<id>` per ticked box (see `CONSENT_FORM_FIELDS`, `consentRecordFromForm`). With JavaScript it saves
   * through the provider and the form is not sent.
   */
  action?: string;
  /** Extra hidden fields for the form (a return address, a CSRF token). Only with `action`. */
  hiddenFields?: Readonly<Record<string, string>>;
  /**
   * Time zone of the "Last saved" time. Default: the browser's; on the server and until hydration, UTC (shown
   * with the zone), so server HTML and hydration match.
   */
  timeZone?: string;
}

/**
 * One checkbox per purpose and a Save button. Nothing is pre-selected before the first decision; later the
 * saved choices are shown, and unticking a box and saving withdraws that consent. Inside a ConsentProvider.
 */
export const ConsentSettings = forwardRef<HTMLFormElement, ConsentSettingsProps>(function ConsentSettings(props, ref) {
  const { headingLevel, legendAs, onSaved, action, hiddenFields, timeZone, className, ...rest } = props;
  const hydrated = useHydrated();
  const strings = useStrings(consentSettingsMessages);
  const locale = useLocale();
  const { purposes, record, save } = useConsentContext();
  const [chosen, setChosen] = useState<string[]>(() => purposes.filter((p) => record?.purposes[p.id]).map((p) => p.id));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(false);

  // Stored consent is read after mounting: show it once it arrives.
  const decidedAt = record?.decidedAt;
  useEffect(() => {
    if (decidedAt) setChosen(purposes.filter((p) => record?.purposes[p.id]).map((p) => p.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decidedAt]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(false);
    try {
      const next = await save(Object.fromEntries(chosen.map((id) => [id, true])));
      announce(strings['consentSettings.saved']);
      onSaved?.(next);
    } catch {
      setError(true);
    } finally {
      setPending(false);
    }
  }

  const zone = timeZone ?? (hydrated ? undefined : 'UTC');
  const savedOn = decidedAt
    ? formatString(strings['consentSettings.lastSaved'], {
        date: new Intl.DateTimeFormat(
          locale,
          timeZone === undefined && zone === 'UTC'
            ? { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }
            : { dateStyle: 'long', timeStyle: 'short', timeZone: zone },
        ).format(new Date(decidedAt)),
      })
    : null;
  const formMode = action !== undefined ? { method: 'post', action } : {};

  return (
    <form ref={ref} className={cx('aukio-consent-settings', className)} noValidate onSubmit={submit} {...formMode} {...rest}>
      {action !== undefined && <HiddenFields fields={hiddenFields} />}
      {error && (
        <Notification type="error" mode="announced" className="aukio-consent-settings__error">
          {strings['consentSettings.saveError']}
        </Notification>
      )}
      <CheckboxGroup
        legend={strings['consentSettings.legend']}
        headingLevel={legendLevel('ConsentSettings', { headingLevel, legendAs })}
        hint={strings['consentSettings.hint']}
        necessityIndicator="none"
        name={CONSENT_FORM_FIELDS.purpose}
        value={chosen}
        onValueChange={(value) => setChosen(value)}
        options={purposes.map((p) => ({ value: p.id, label: p.label, hint: p.description }))}
      />
      {savedOn && <p className="aukio-consent-settings__saved">{savedOn}</p>}
      <Button type="submit" name={CONSENT_FORM_FIELDS.decision} value={CONSENT_FORM_FIELDS.save} loading={pending}>
        {strings['consentSettings.save']}
      </Button>
    </form>
  );
});
