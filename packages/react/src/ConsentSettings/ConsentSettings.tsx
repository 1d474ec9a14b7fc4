import { forwardRef, useEffect, useState, type FormEvent, type FormHTMLAttributes } from 'react';
import { Button } from '../Button';
import { CheckboxGroup } from '../CheckboxGroup';
import { useConsentContext, type ConsentRecord } from '../ConsentBanner/consent';
import { Notification } from '../Notification';
import { formatString, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { consentSettingsMessages } from '../i18n/messages/consentSettings';

export interface ConsentSettingsProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /** Heading level of the group's legend text; default none (plain legend). */
  legendAs?: 'h2' | 'h3' | 'h4';
  /** Called after the choices were saved. */
  onSaved?: (record: ConsentRecord) => void;
}

/**
 * One checkbox per purpose and a Save button. Nothing is pre-selected before the first decision; later the
 * saved choices are shown, and unticking a box and saving withdraws that consent. Inside a ConsentProvider.
 */
export const ConsentSettings = forwardRef<HTMLFormElement, ConsentSettingsProps>(function ConsentSettings(props, ref) {
  const { legendAs, onSaved, className, ...rest } = props;
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

  const savedOn = decidedAt
    ? formatString(strings['consentSettings.lastSaved'], {
        date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(decidedAt)),
      })
    : null;

  return (
    <form ref={ref} className={cx('aukio-consent-settings', className)} noValidate onSubmit={submit} {...rest}>
      {error && (
        <Notification type="error" mode="announced" className="aukio-consent-settings__error">
          {strings['consentSettings.saveError']}
        </Notification>
      )}
      <CheckboxGroup
        legend={strings['consentSettings.legend']}
        legendAs={legendAs}
        hint={strings['consentSettings.hint']}
        necessityIndicator="none"
        name="consent"
        value={chosen}
        onChange={(value) => setChosen(value)}
        options={purposes.map((p) => ({ value: p.id, label: p.label, hint: p.description }))}
      />
      {savedOn && <p className="aukio-consent-settings__saved">{savedOn}</p>}
      <Button type="submit" loading={pending}>
        {strings['consentSettings.save']}
      </Button>
    </form>
  );
});
