import { forwardRef, useEffect, type HTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { serviceHelpMessages } from '../i18n/messages/serviceHelp';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { telHref } from './telHref';

/** What every way of getting help may also say. */
interface ServiceHelpTimes {
  /** When it is open or answered, in words: "ma–pe klo 9–16". Shown after "Auki:" / "Öppet:" / "Open:". */
  hours?: ReactNode;
  /** Anything else a caller needs: exceptions to the hours, the usual waiting time, a reply time. */
  note?: ReactNode;
}

/** A phone line. */
export interface ServiceHelpPhone extends ServiceHelpTimes {
  /** The number as people read it, in groups: "09 310 12345". The link dials it without the spaces. */
  number: string;
  /** The dialled number when it differs from `number` (e.g. "+358931012345"). */
  tel?: string;
  /** What the call costs: `normal` (the caller's own call charge) or `free`. Leave out to say nothing. */
  cost?: 'normal' | 'free';
  /** Your own words for the cost, instead of `cost`'s built-in sentence. */
  costText?: ReactNode;
}

/** A way in through a link: a chat, a video call in sign language. */
export interface ServiceHelpLink extends ServiceHelpTimes {
  href: string;
  /** The link text. Each kind has a built-in one ("Avaa chat"…). */
  label?: ReactNode;
}

/** A service point people can walk into. */
export interface ServiceHelpVisit extends ServiceHelpTimes {
  /** The service point's name, if it has one. */
  name?: ReactNode;
  /** The street address, as text (lines may be separated with `<br />`). */
  address: ReactNode;
  /** A link to the place on a map. */
  mapHref?: string;
}

/** An email address for help. */
export interface ServiceHelpEmail extends ServiceHelpTimes {
  address: string;
}

/**
 * Free advice on using the digital service (digital support, "digituki"). Finnish law (Digipalvelulaki
 * 306/2019) requires every digital service to say where anyone gets it.
 */
export interface ServiceHelpDigitalSupport extends ServiceHelpTimes {
  /** A page listing where advice is given. */
  href?: string;
  /** The link text. Default "Katso, mistä saat neuvoja" / "Se var du får råd" / "See where to get advice". */
  label?: ReactNode;
  /** A phone line for the advice. */
  phone?: ServiceHelpPhone;
}

export interface ServiceHelpProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The heading. Default "Tarvitsetko apua?" / "Behöver du hjälp?" / "Do you need help?". */
  heading?: ReactNode;
  /** Level of the heading. Default 2. */
  headingLevel?: HeadingLevel;
  /** A sentence under the heading, e.g. what the helpers can do for you. */
  intro?: ReactNode;
  phone?: ServiceHelpPhone;
  textphone?: ServiceHelpPhone;
  /** A sign-language line: a video-call link or a `tel:` link. */
  signLanguage?: ServiceHelpLink;
  chat?: ServiceHelpLink;
  email?: ServiceHelpEmail;
  visit?: ServiceHelpVisit;
  digitalSupport?: ServiceHelpDigitalSupport;
}

type Strings = Record<keyof (typeof serviceHelpMessages)['en'], string>;

function Times({ times, strings }: { times: ServiceHelpTimes; strings: Strings }) {
  return (
    <>
      {times.hours && (
        <span className="aukio-service-help__line">
          {strings['serviceHelp.hours']} {times.hours}
        </span>
      )}
      {times.note && <span className="aukio-service-help__line">{times.note}</span>}
    </>
  );
}

function PhoneLine({ phone, strings }: { phone: ServiceHelpPhone; strings: Strings }) {
  const cost = phone.costText ?? (phone.cost === 'free' ? strings['serviceHelp.costFree'] : phone.cost === 'normal' ? strings['serviceHelp.costNormal'] : null);
  return (
    <>
      <a className="aukio-service-help__link aukio-service-help__number" href={telHref(phone.tel ?? phone.number)}>
        {phone.number}
      </a>
      <Times times={phone} strings={strings} />
      {cost && <span className="aukio-service-help__line">{cost}</span>}
    </>
  );
}

function LinkLine({ link, label, strings }: { link: ServiceHelpLink; label: ReactNode; strings: Strings }) {
  return (
    <>
      <a className="aukio-service-help__link" href={link.href}>
        {link.label ?? label}
      </a>
      <Times times={link} strings={strings} />
    </>
  );
}

/**
 * Ways to get help from a person: phone (with hours and cost), textphone, sign language, chat, email, a
 * service point to visit, and where to get free advice on using the service. A section with a heading,
 * the ways as a description list in one fixed order, so the help reads the same on every page (WCAG 3.2.6).
 */
export const ServiceHelp = forwardRef<HTMLElement, ServiceHelpProps>(function ServiceHelp(
  { heading, headingLevel = 2, intro, phone, textphone, signLanguage, chat, email, visit, digitalSupport, className, ...rest },
  ref,
) {
  const strings = useStrings(serviceHelpMessages);
  const Heading = `h${headingLevel}` as const;
  const any = Boolean(phone || textphone || signLanguage || chat || email || visit || digitalSupport);

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    if (!any) warnOnce('service-help-empty', '<ServiceHelp>: no way to get help was given (phone, visit, chat…), so it only shows its heading.');
  }, [any]);

  // One fixed order: the same relative order on every page, whichever ways a service has.
  const rows: { key: string; term: string; body: ReactNode }[] = [];
  if (phone) rows.push({ key: 'phone', term: strings['serviceHelp.phone'], body: <PhoneLine phone={phone} strings={strings} /> });
  if (textphone) rows.push({ key: 'textphone', term: strings['serviceHelp.textphone'], body: <PhoneLine phone={textphone} strings={strings} /> });
  if (signLanguage) {
    rows.push({ key: 'sign', term: strings['serviceHelp.signLanguage'], body: <LinkLine link={signLanguage} label={strings['serviceHelp.signLanguageLink']} strings={strings} /> });
  }
  if (chat) rows.push({ key: 'chat', term: strings['serviceHelp.chat'], body: <LinkLine link={chat} label={strings['serviceHelp.chatLink']} strings={strings} /> });
  if (email) {
    rows.push({
      key: 'email',
      term: strings['serviceHelp.email'],
      body: (
        <>
          <a className="aukio-service-help__link" href={`mailto:${email.address}`}>
            {email.address}
          </a>
          <Times times={email} strings={strings} />
        </>
      ),
    });
  }
  if (visit) {
    rows.push({
      key: 'visit',
      term: strings['serviceHelp.visit'],
      body: (
        <>
          {visit.name && <span className="aukio-service-help__line aukio-service-help__name">{visit.name}</span>}
          <span className="aukio-service-help__line">{visit.address}</span>
          <Times times={visit} strings={strings} />
          {visit.mapHref && (
            <a className="aukio-service-help__link" href={visit.mapHref}>
              {strings['serviceHelp.map']}
            </a>
          )}
        </>
      ),
    });
  }
  if (digitalSupport) {
    rows.push({
      key: 'digital',
      term: strings['serviceHelp.digitalSupport'],
      body: (
        <>
          {digitalSupport.phone && <PhoneLine phone={digitalSupport.phone} strings={strings} />}
          {digitalSupport.href && (
            <a className="aukio-service-help__link" href={digitalSupport.href}>
              {digitalSupport.label ?? strings['serviceHelp.digitalSupportLink']}
            </a>
          )}
          <Times times={digitalSupport} strings={strings} />
          <span className="aukio-service-help__line">{strings['serviceHelp.digitalSupportFree']}</span>
        </>
      ),
    });
  }

  return (
    // Not a landmark (no name on the section): a page may show the help in its footer's contentinfo or beside
    // the content, and a docs page shows several; screen-reader users reach it by its heading.
    <section ref={ref} className={cx('aukio-service-help', className)} {...rest}>
      <Heading className="aukio-service-help__heading">
        {heading ?? strings['serviceHelp.heading']}
      </Heading>
      {intro && <p className="aukio-service-help__intro">{intro}</p>}
      {rows.length > 0 && (
        <dl className="aukio-service-help__list">
          {rows.map((row) => (
            <div key={row.key} className="aukio-service-help__item" data-way={row.key}>
              <dt className="aukio-service-help__term">{row.term}</dt>
              <dd className="aukio-service-help__details">{row.body}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
});
