import { forwardRef, useId, type AnchorHTMLAttributes, type HTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { summaryListMessages } from '../i18n/messages/summaryList';

export interface SummaryListRow {
  /** The question or field name ("Nimi"). Also completes the change link's name. */
  key: ReactNode;
  /** The answer. Long values wrap. */
  value: ReactNode;
  /** Where the "Muuta" link goes (the question's page or field). Without it the row has no action. */
  href?: string;
  /** Replaces the visible action word "Muuta" ("Lisää", "Poista"). The key is still added as hidden text. */
  actionLabel?: string;
  /** Extra props for the action link (e.g. `onClick` for a client-side router). */
  actionProps?: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'>;
}

export interface SummaryListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  rows: SummaryListRow[];
  /** Wraps the list in a card with this title as a heading. */
  title?: ReactNode;
  /** Heading level of the card title (default 2). */
  headingLevel?: HeadingLevel;
  /** A link in the card header, e.g. to change the whole section. */
  cardAction?: { href: string; label: string };
}

/**
 * The "check your answers" pattern: a `<dl>` of key–value rows with an optional "Muuta" link on each row.
 * The link's name includes the row key in visually hidden text ("Muuta nimi"), so a list of links makes sense.
 */
export const SummaryList = forwardRef<HTMLDivElement, SummaryListProps>(function SummaryList(
  { rows, title, headingLevel = 2, cardAction, className, ...rest },
  ref,
) {
  const strings = useStrings(summaryListMessages);
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const card = title != null && title !== false;
  const anyAction = rows.some((r) => r.href);
  return (
    <div
      ref={ref}
      className={cx('aukio-summary-list', className)}
      data-card={card ? '' : undefined}
      {...rest}
    >
      {card && (
        <div className="aukio-summary-list__card-header">
          <Heading id={titleId} className="aukio-summary-list__title">
            {title}
          </Heading>
          {cardAction && (
            <a className="aukio-summary-list__action" href={cardAction.href}>
              {cardAction.label}
            </a>
          )}
        </div>
      )}
      <dl className="aukio-summary-list__list" data-actions={anyAction ? '' : undefined}>
        {rows.map((row, i) => (
          <div key={i} className="aukio-summary-list__row">
            <dt className="aukio-summary-list__key">{row.key}</dt>
            <dd className="aukio-summary-list__value">{row.value}</dd>
            {row.href && (
              <dd className="aukio-summary-list__actions">
                <a className="aukio-summary-list__action" href={row.href} {...row.actionProps}>
                  {row.actionLabel ?? strings['summaryList.change']}{' '}
                  <span className="aukio-visually-hidden">{row.key}</span>
                </a>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </div>
  );
});
