import { forwardRef, useEffect, useId, useRef, useState, type FormEvent, type FormHTMLAttributes } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { Button } from '../Button';
import { ErrorSummary, type ErrorSummaryItem } from '../ErrorSummary';
import { Notification } from '../Notification';
import { RadioGroup } from '../RadioGroup';
import { TextInput } from '../TextInput';
import { Textarea } from '../Textarea';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { accessibilityFeedbackFormMessages } from '../i18n/messages/accessibilityFeedbackForm';

export type FeedbackContact =
  | { method: 'email'; email: string }
  | { method: 'phone'; phone: string }
  | { method: 'none' };

/** What the resident reported; handed to `onSubmit`. */
export interface AccessibilityFeedback {
  pageUrl: string;
  description: string;
  contact: FeedbackContact;
}

export interface AccessibilityFeedbackFormProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children' | 'title'> {
  /** The page the report is about. Default: the address of the current page (read after mounting). */
  pageUrl?: string;
  /**
   * Sends the report. Reject to show an error; everything typed stays. Without it the form posts natively to
   * `action` with `method` (fields `pageUrl`, `description`, `contactMethod`, `email`, `phone`).
   */
  onSubmit?: (feedback: AccessibilityFeedback) => Promise<void> | void;
  /** Level of the error summary and confirmation headings; default 2. */
  headingLevel?: HeadingLevel;
}

type Field = 'description' | 'contactMethod' | 'email' | 'phone';

/**
 * A form for reporting an accessibility barrier: the page, what happened, and how to reply (email, phone or
 * no contact). Checks the answers, lists errors in an ErrorSummary, and shows a confirmation once sent.
 */
export const AccessibilityFeedbackForm = forwardRef<HTMLFormElement, AccessibilityFeedbackFormProps>(
  function AccessibilityFeedbackForm(props, ref) {
    const { pageUrl: pageUrlProp, onSubmit, headingLevel = 2, className, method = 'post', ...rest } = props;
    const strings = useStrings(accessibilityFeedbackFormMessages);
    const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
    const [pageUrl, setPageUrl] = useState(pageUrlProp ?? '');
    const [description, setDescription] = useState('');
    const [contactMethod, setContactMethod] = useState('');
    const [email, setEmail] = useState('');
    const [phone, setPhone] = useState('');
    const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
    const [attempt, setAttempt] = useState(0);
    const [pending, setPending] = useState(false);
    const [failed, setFailed] = useState(false);
    const [sent, setSent] = useState(false);
    const own = useRef<HTMLFormElement>(null);
    const confirmation = useRef<HTMLDivElement>(null);
    const fieldId = (f: Field) => `${id}-${f}`;

    useEffect(() => {
      if (pageUrlProp === undefined && typeof window !== 'undefined') setPageUrl((v) => v || window.location.href);
    }, [pageUrlProp]);

    useEffect(() => {
      if (sent) confirmation.current?.focus();
    }, [sent]);

    function validate(): Partial<Record<Field, string>> {
      const next: Partial<Record<Field, string>> = {};
      if (!description.trim()) next.description = strings['accessibilityFeedbackForm.descriptionError'];
      if (!contactMethod) next.contactMethod = strings['accessibilityFeedbackForm.contactError'];
      if (contactMethod === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
        next.email = strings['accessibilityFeedbackForm.emailError'];
      }
      if (contactMethod === 'phone' && !/^\+?[\d\s()-]{5,}$/.test(phone.trim())) {
        next.phone = strings['accessibilityFeedbackForm.phoneError'];
      }
      return next;
    }

    async function submit(event: FormEvent<HTMLFormElement>) {
      const found = validate();
      setErrors(found);
      setAttempt((n) => n + 1);
      if (Object.keys(found).length > 0) {
        event.preventDefault();
        return;
      }
      if (!onSubmit) return; // native post to `action`
      event.preventDefault();
      if (pending) return;
      const contact: FeedbackContact =
        contactMethod === 'email'
          ? { method: 'email', email: email.trim() }
          : contactMethod === 'phone'
            ? { method: 'phone', phone: phone.trim() }
            : { method: 'none' };
      setPending(true);
      setFailed(false);
      try {
        await onSubmit({ pageUrl: pageUrl.trim(), description: description.trim(), contact });
        setSent(true);
        announce(strings['accessibilityFeedbackForm.sentTitle']);
      } catch {
        setFailed(true);
      } finally {
        setPending(false);
      }
    }

    if (sent) {
      return (
        <div ref={confirmation} tabIndex={-1} className="aukio-accessibility-feedback__sent">
          <Notification type="success" title={strings['accessibilityFeedbackForm.sentTitle']} headingLevel={headingLevel}>
            {strings['accessibilityFeedbackForm.sentText']}
          </Notification>
        </div>
      );
    }

    const summary: ErrorSummaryItem[] = (['description', 'contactMethod', 'email', 'phone'] as Field[])
      .filter((f) => errors[f])
      .map((f) => ({ fieldId: fieldId(f), message: errors[f] }));

    return (
      <form
        ref={mergeRefs(own, ref)}
        className={cx('aukio-accessibility-feedback', className)}
        method={method}
        noValidate
        onSubmit={submit}
        {...rest}
      >
        <ErrorSummary errors={summary} focusKey={attempt} headingLevel={headingLevel} />
        {failed && (
          <Notification type="error" mode="announced">
            {strings['accessibilityFeedbackForm.sendFailed']}
          </Notification>
        )}
        <TextInput
          id={`${id}-page`}
          name="pageUrl"
          type="url"
          label={strings['accessibilityFeedbackForm.page']}
          hint={strings['accessibilityFeedbackForm.pageHint']}
          value={pageUrl}
          onChange={(e) => setPageUrl(e.target.value)}
        />
        <Textarea
          id={fieldId('description')}
          name="description"
          required
          label={strings['accessibilityFeedbackForm.description']}
          hint={strings['accessibilityFeedbackForm.descriptionHint']}
          error={errors.description}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <RadioGroup
          id={fieldId('contactMethod')}
          name="contactMethod"
          required
          necessityIndicator="none"
          legend={strings['accessibilityFeedbackForm.contact']}
          error={errors.contactMethod}
          value={contactMethod}
          onValueChange={(v) => setContactMethod(v)}
          options={[
            {
              value: 'email',
              label: strings['accessibilityFeedbackForm.contactEmail'],
              conditional: (
                <TextInput
                  id={fieldId('email')}
                  name="email"
                  type="email"
                  autoComplete="email"
                  spellCheck={false}
                  label={strings['accessibilityFeedbackForm.email']}
                  error={errors.email}
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              ),
            },
            {
              value: 'phone',
              label: strings['accessibilityFeedbackForm.contactPhone'],
              conditional: (
                <TextInput
                  id={fieldId('phone')}
                  name="phone"
                  type="tel"
                  autoComplete="tel"
                  width="20"
                  label={strings['accessibilityFeedbackForm.phone']}
                  error={errors.phone}
                  required
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                />
              ),
            },
            { value: 'none', label: strings['accessibilityFeedbackForm.contactNone'] },
          ]}
        />
        <Button type="submit" loading={pending}>
          {strings['accessibilityFeedbackForm.submit']}
        </Button>
      </form>
    );
  },
);
