import { forwardRef, useRef, useState, type HTMLAttributes } from 'react';
import { ConfirmDialog } from '../AlertDialog';
import { Button } from '../Button';
import { Notification } from '../Notification';
import { Table } from '../Table';
import { formatString, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { consentListMessages } from '../i18n/messages/consentList';

/** A consent the resident has given to a service or a third party. */
export interface GivenConsent {
  id: string;
  /** The service or organisation that received the consent. */
  service: string;
  /** What it may do with the data. */
  purpose: string;
  /** When the consent was given: an ISO date or date-time. */
  givenAt: string;
}

export interface ConsentListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  consents: GivenConsent[];
  /** Caption of the table; default "Antamasi suostumukset". */
  caption?: string;
  /** Revokes a consent. Reject to show an error; the list stays as it was. */
  onRevoke: (consent: GivenConsent) => Promise<void> | void;
}

function formatDate(value: string, locale: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The consents given to services and third parties, each with a Revoke button confirmed in a dialog. The
 * result is announced; a failed revoke shows an error in the dialog and changes nothing.
 */
export const ConsentList = forwardRef<HTMLDivElement, ConsentListProps>(function ConsentList(props, ref) {
  const { consents, caption, onRevoke, className, ...rest } = props;
  const strings = useStrings(consentListMessages);
  const locale = useLocale();
  const [revoked, setRevoked] = useState<string[]>([]);
  const [target, setTarget] = useState<GivenConsent | null>(null);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const rows = consents.filter((c) => !revoked.includes(c.id));

  async function confirm() {
    if (!target) return;
    setFailed(false);
    try {
      await onRevoke(target);
    } catch (error) {
      setFailed(true);
      throw error;
    }
    returnTo.current = root.current;
    setRevoked((r) => [...r, target.id]);
    announce(formatString(strings['consentList.revoked'], { service: target.service }));
  }

  return (
    <div ref={mergeRefs(root, ref)} className={cx('aukio-consent-list', className)} tabIndex={-1} {...rest}>
      <Table
        caption={caption ?? strings['consentList.caption']}
        rows={rows}
        emptyText={strings['consentList.empty']}
        columns={[
          { key: 'service', header: strings['consentList.service'], rowHeader: true },
          { key: 'purpose', header: strings['consentList.purpose'] },
          { key: 'givenAt', header: strings['consentList.givenAt'], cell: (row) => <time dateTime={row.givenAt}>{formatDate(row.givenAt, locale)}</time> },
          {
            key: 'actions',
            header: strings['consentList.actions'],
            cell: (row) => (
              <Button
                variant="secondary"
                size="small"
                onClick={() => {
                  returnTo.current = null;
                  setFailed(false);
                  setTarget(row);
                }}
              >
                {strings['consentList.revoke']}{' '}
                <span className="aukio-visually-hidden">{formatString(strings['consentList.revokeContext'], { service: row.service })}</span>
              </Button>
            ),
          },
        ]}
      />
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(open) => {
          if (!open) setTarget(null);
        }}
        returnFocus={returnTo}
        title={strings['consentList.confirmTitle']}
        description={target ? formatString(strings['consentList.confirmText'], { service: target.service, purpose: target.purpose }) : undefined}
        confirmLabel={strings['consentList.confirm']}
        onConfirm={confirm}
      >
        {failed && (
          <Notification type="error" mode="announced">
            {strings['consentList.revokeFailed']}
          </Notification>
        )}
      </ConfirmDialog>
    </div>
  );
});
