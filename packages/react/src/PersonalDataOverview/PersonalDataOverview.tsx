import { forwardRef, useEffect, useId, useState, type FormEvent, type HTMLAttributes } from 'react';
import { Accordion } from '../Accordion';
import { Button } from '../Button';
import { CheckboxGroup } from '../CheckboxGroup';
import { ErrorSummary } from '../ErrorSummary';
import { levelBelow, type HeadingLevel } from '../Heading/Heading';
import { Notification } from '../Notification';
import { RadioGroup } from '../RadioGroup';
import { SummaryList } from '../SummaryList';
import { Textarea } from '../Textarea';
import { useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { personalDataMessages } from '../i18n/messages/personalData';
import { personalDataToCsv, personalDataToJson, type PersonalDataCategory } from './personalDataExport';

export type { PersonalDataCategory, PersonalDataItem } from './personalDataExport';

export type PersonalDataRequestType = 'copy' | 'correction' | 'deletion' | 'restriction';

/** What the resident asks for; handed to `onRequest`. */
export interface PersonalDataRequest {
  type: PersonalDataRequestType;
  /** Ids of the categories the request concerns; empty means all. */
  categories: string[];
  details: string;
}

export interface PersonalDataOverviewProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onSubmit'> {
  categories: PersonalDataCategory[];
  /** Level of the category headings and the request form heading; default 2. */
  headingLevel?: HeadingLevel;
  /** Sends a request to the city. Reject to show an error; the form keeps what was typed. */
  onRequest?: (request: PersonalDataRequest) => Promise<void> | void;
  /** File name of the downloads without extension; default "personal-data". */
  fileName?: string;
  /**
   * Field separator of the CSV file. Default: `;` in Finnish and Swedish (Excel set to those languages uses the
   * comma as its decimal mark and opens a `,` file as one column), `,` in English.
   */
  csvSeparator?: ',' | ';';
}

const REQUEST_TYPES: PersonalDataRequestType[] = ['copy', 'correction', 'deletion', 'restriction'];

function useObjectUrl(text: string, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return;
    const next = URL.createObjectURL(new Blob([text], { type }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [text, type]);
  return url;
}

function List({ values }: { values: string[] }) {
  if (values.length <= 1) return <>{values[0] ?? ''}</>;
  return (
    <ul className="aukio-personal-data__values">
      {values.map((v, i) => (
        <li key={i}>{v}</li>
      ))}
    </ul>
  );
}

/**
 * What the city holds about the resident, by category: the data, its sources, purposes, legal basis,
 * recipients and retention. Downloads as JSON and CSV, and a form to ask for a copy, correction, deletion or
 * restriction.
 */
export const PersonalDataOverview = forwardRef<HTMLDivElement, PersonalDataOverviewProps>(function PersonalDataOverview(
  props,
  ref,
) {
  const { categories, headingLevel = 2, onRequest, fileName = 'personal-data', csvSeparator, className, ...rest } = props;
  const locale = useLocale();
  const strings = useStrings(personalDataMessages);
  const id = useId();
  const json = personalDataToJson(categories);
  const csv = personalDataToCsv(categories, strings, csvSeparator ?? (locale === 'en' ? ',' : ';'));
  const jsonUrl = useObjectUrl(json, 'application/json;charset=utf-8');
  const csvUrl = useObjectUrl(csv, 'text/csv;charset=utf-8');

  const [type, setType] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [details, setDetails] = useState('');
  const [typeError, setTypeError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);
  const Heading = `h${headingLevel}` as 'h2';
  const typeId = `${id}type`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setAttempt((n) => n + 1);
    if (!REQUEST_TYPES.includes(type as PersonalDataRequestType)) {
      setTypeError(true);
      return;
    }
    setTypeError(false);
    setResult(null);
    setPending(true);
    try {
      await onRequest?.({ type: type as PersonalDataRequestType, categories: chosen, details: details.trim() });
      setResult('sent');
      setType('');
      setChosen([]);
      setDetails('');
      announce(strings['personalData.requestSent']);
    } catch {
      setResult('failed');
    } finally {
      setPending(false);
    }
  }

  return (
    <div ref={ref} className={cx('aukio-personal-data', className)} {...rest}>
      {categories.length === 0 ? (
        <p className="aukio-personal-data__empty">{strings['personalData.empty']}</p>
      ) : (
        <Accordion headingLevel={headingLevel} className="aukio-personal-data__categories">
          {categories.map((c) => (
            <Accordion.Item key={c.id} value={c.id} title={c.title}>
              <SummaryList rows={c.items.map((item) => ({ key: item.label, value: item.value }))} />
              <dl className="aukio-personal-data__meta">
                {(
                  [
                    ['sources', c.sources],
                    ['purposes', c.purposes],
                    ['legalBasis', [c.legalBasis]],
                    ['recipients', c.recipients.length ? c.recipients : [strings['personalData.noRecipients']]],
                    ['retention', [c.retention]],
                  ] as const
                ).map(([key, values]) => (
                  <div key={key} className="aukio-personal-data__meta-row">
                    <dt>{strings[`personalData.${key}`]}</dt>
                    <dd>
                      <List values={[...values]} />
                    </dd>
                  </div>
                ))}
              </dl>
            </Accordion.Item>
          ))}
        </Accordion>
      )}

      <div className="aukio-personal-data__downloads">
        <p className="aukio-personal-data__downloads-text">{strings['personalData.downloadIntro']}</p>
        {jsonUrl && csvUrl && (
          <ul className="aukio-personal-data__download-list">
            <li>
              <a className="aukio-personal-data__download" href={jsonUrl} download={`${fileName}.json`} type="application/json">
                {strings['personalData.downloadJson']}
              </a>
            </li>
            <li>
              <a className="aukio-personal-data__download" href={csvUrl} download={`${fileName}.csv`} type="text/csv">
                {strings['personalData.downloadCsv']}
              </a>
            </li>
          </ul>
        )}
      </div>

      {onRequest && (
        <form className="aukio-personal-data__request" noValidate onSubmit={submit} aria-labelledby={`${id}h`}>
          <Heading id={`${id}h`} className="aukio-personal-data__request-title">
            {strings['personalData.requestTitle']}
          </Heading>
          <ErrorSummary errors={typeError ? [{ fieldId: typeId, message: strings['personalData.typeError'] }] : []} focusKey={attempt} headingLevel={levelBelow(headingLevel)} />
          {result === 'failed' && (
            <Notification type="error" mode="announced">
              {strings['personalData.requestFailed']}
            </Notification>
          )}
          {result === 'sent' && (
            <Notification type="success">{strings['personalData.requestSent']}</Notification>
          )}
          <RadioGroup
            id={typeId}
            name="type"
            legend={strings['personalData.requestType']}
            required
            necessityIndicator="none"
            value={type}
            onValueChange={(v) => setType(v)}
            error={typeError ? strings['personalData.typeError'] : undefined}
            options={REQUEST_TYPES.map((t) => ({ value: t, label: strings[`personalData.type.${t}`] }))}
          />
          {categories.length > 0 && (
            <CheckboxGroup
              name="categories"
              legend={strings['personalData.requestCategories']}
              hint={strings['personalData.requestCategoriesHint']}
              value={chosen}
              onValueChange={(v) => setChosen(v)}
              options={categories.map((c) => ({ value: c.id, label: c.title }))}
            />
          )}
          <Textarea
            name="details"
            label={strings['personalData.requestDetails']}
            hint={strings['personalData.requestDetailsHint']}
            value={details}
            onChange={(e) => setDetails(e.target.value)}
          />
          <Button type="submit" loading={pending}>
            {strings['personalData.requestSubmit']}
          </Button>
        </form>
      )}
    </div>
  );
});

