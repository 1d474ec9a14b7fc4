import { forwardRef, useEffect, useId, type HTMLAttributes, type ReactNode } from 'react';
import { levelBelow, type HeadingLevel } from '../Heading/Heading';
import { formatString, useLocale, useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { TRAFICOM_AUTHORITY, validateStatement, type AccessibilityStatementData, type ExemptItem } from './statement';
import { accessibilityStatementMessages } from '../i18n/messages/accessibilityStatement';

export interface AccessibilityStatementProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The statement's data; see `@aukio/a11y/schemas/statement.schema.json`. Invalid parts are left out and reported in development. */
  data: AccessibilityStatementData;
  /** Level of the statement's main heading; sections use the levels below it. Default 1 (a page of its own). */
  headingLevel?: HeadingLevel;
}

function H({ level, children, id }: { level: HeadingLevel; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as 'h2';
  return (
    <Tag id={id} className="aukio-accessibility-statement__heading" data-level={level}>
      {children}
    </Tag>
  );
}

/**
 * An accessibility statement in the structure of the EU model statement (Implementing Decision (EU)
 * 2018/1523): compliance status, non-accessible content, how it was assessed, feedback, and the supervisory
 * authority (Traficom by default). All texts are built in, in Finnish, Swedish and English; the data fills them.
 */
export const AccessibilityStatement = forwardRef<HTMLElement, AccessibilityStatementProps>(function AccessibilityStatement(
  { data, headingLevel = 1, className, ...rest },
  ref,
) {
  const strings = useStrings(accessibilityStatementMessages);
  const locale = useLocale();
  const id = useId();
  const { errors, value: d } = validateStatement(data);
  const errorKey = errors.map((e) => `${e.path}: ${e.message}`).join('\n');

  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || !errorKey) return;
    for (const line of errorKey.split('\n')) {
      warnOnce(`statement:${line}`, `<AccessibilityStatement> data.${line}`);
    }
  }, [errorKey]);

  const top = headingLevel;
  const sub = levelBelow(top);
  const subsub = levelBelow(top, 2);
  const date = (iso: string) => (
    <time dateTime={iso}>
      {new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))}
    </time>
  );
  const fill = (key: keyof typeof strings, values: Record<string, string> = {}) => formatString(strings[key], values);
  /** A sentence with one placeholder replaced by a React node (a date), keeping the text translatable. */
  const withNode = (template: string, name: string, node: ReactNode) => {
    const [before, after = ''] = template.split(`{${name}}`);
    return (
      <>
        {before}
        {node}
        {after}
      </>
    );
  };
  const service = d.serviceName ?? '';
  const organisation = d.organisation ?? '';
  const authority = {
    name: d.authority?.name ?? strings['accessibilityStatement.authorityName'],
    unit: d.authority?.unit ?? strings['accessibilityStatement.authorityUnit'],
    url: d.authority?.url ?? strings['accessibilityStatement.authorityUrl'],
    email: d.authority?.email ?? TRAFICOM_AUTHORITY.email,
    phone: d.authority?.phone ?? TRAFICOM_AUTHORITY.phone,
  };
  const nonAccessible = d.nonAccessible ?? [];
  const burden = d.disproportionateBurden ?? [];
  const outOfScope = d.outOfScope ?? [];
  const anyGaps = nonAccessible.length + burden.length + outOfScope.length > 0;

  const exemptList = (items: ExemptItem[]) => (
    <ul className="aukio-accessibility-statement__list">
      {items.map((item, i) => (
        <li key={i}>
          <p>{item.description}</p>
          {item.reason && <p>{fill('accessibilityStatement.reason', { reason: item.reason })}</p>}
        </li>
      ))}
    </ul>
  );

  const contact = (c: { email?: string; phone?: string; url?: string }) => (
    <dl className="aukio-accessibility-statement__contact">
      {c.email && (
        <div>
          <dt>{strings['accessibilityStatement.email']}</dt>
          <dd>
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </dd>
        </div>
      )}
      {c.phone && (
        <div>
          <dt>{strings['accessibilityStatement.phone']}</dt>
          <dd>
            <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
          </dd>
        </div>
      )}
      {c.url && (
        <div>
          <dt>{strings['accessibilityStatement.web']}</dt>
          <dd>
            <a href={c.url}>{c.url.replace(/^https?:\/\/(www\.)?/, '')}</a>
          </dd>
        </div>
      )}
    </dl>
  );

  return (
    <article ref={ref} aria-labelledby={`${id}t`} className={cx('aukio-accessibility-statement', className)} {...rest}>
      <H level={top} id={`${id}t`}>
        {service ? fill('accessibilityStatement.headingFor', { service }) : strings['accessibilityStatement.heading']}
      </H>
      <p>{fill('accessibilityStatement.intro', { organisation, service })}</p>
      {d.serviceUrl && (
        <p>
          {withNode(strings['accessibilityStatement.appliesTo'], 'url', <a href={d.serviceUrl}>{d.serviceUrl}</a>)}
        </p>
      )}

      <H level={sub}>{strings['accessibilityStatement.statusHeading']}</H>
      {d.conformance && (
        <p className="aukio-accessibility-statement__status" data-conformance={d.conformance}>
          {strings[`accessibilityStatement.status.${d.conformance}`]}
        </p>
      )}

      {anyGaps && (
        <>
          <H level={sub}>{strings['accessibilityStatement.nonAccessibleHeading']}</H>
          {nonAccessible.length > 0 && (
            <>
              <H level={subsub}>{strings['accessibilityStatement.nonComplianceHeading']}</H>
              <ul className="aukio-accessibility-statement__list">
                {nonAccessible.map((item, i) => (
                  <li key={i}>
                    <p>{item.description}</p>
                    <p>{fill('accessibilityStatement.criteria', { criteria: item.criteria.join(', ') })}</p>
                    <p>
                      {item.fixBy
                        ? withNode(strings['accessibilityStatement.fixBy'], 'date', date(item.fixBy))
                        : strings['accessibilityStatement.fixUnknown']}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {burden.length > 0 && (
            <>
              <H level={subsub}>{strings['accessibilityStatement.burdenHeading']}</H>
              {exemptList(burden)}
            </>
          )}
          {outOfScope.length > 0 && (
            <>
              <H level={subsub}>{strings['accessibilityStatement.outOfScopeHeading']}</H>
              {exemptList(outOfScope)}
            </>
          )}
        </>
      )}

      <H level={sub}>{strings['accessibilityStatement.preparationHeading']}</H>
      {d.assessment && (
        <ul className="aukio-accessibility-statement__list">
          {d.assessment.methods.map((m) => (
            <li key={m}>
              {m === 'thirdParty' && d.assessment?.assessor
                ? fill('accessibilityStatement.method.thirdPartyBy', { assessor: d.assessment.assessor })
                : m === 'automated' && d.assessment?.tools?.length
                  ? fill('accessibilityStatement.method.automatedWith', { tools: d.assessment.tools.join(', ') })
                  : strings[`accessibilityStatement.method.${m}`]}
            </li>
          ))}
        </ul>
      )}
      {d.prepared && <p>{withNode(strings['accessibilityStatement.prepared'], 'date', date(d.prepared))}</p>}
      {d.reviewed && <p>{withNode(strings['accessibilityStatement.reviewed'], 'date', date(d.reviewed))}</p>}

      <H level={sub}>{strings['accessibilityStatement.feedbackHeading']}</H>
      <p>{strings['accessibilityStatement.feedbackText']}</p>
      {d.feedback && (
        <>
          {d.feedback.name && <p>{d.feedback.name}</p>}
          {contact(d.feedback)}
        </>
      )}

      <H level={sub}>{strings['accessibilityStatement.enforcementHeading']}</H>
      <p>{strings['accessibilityStatement.enforcementText']}</p>
      <p className="aukio-accessibility-statement__authority">
        {authority.name}
        <br />
        {authority.unit}
      </p>
      {contact(authority)}
    </article>
  );
});
