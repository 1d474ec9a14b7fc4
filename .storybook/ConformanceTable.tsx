// A component's conformance record (packages/react/src/<Name>/<Name>.conformance.ts) as tables on its docs
// page: the WCAG 2.2 criteria with how each is met and verified, the assistive technologies it is to be
// tested with, and its known issues. Criterion names and levels come from the one WCAG table
// (@aukio/a11y/wcag), not from the record.
import { successCriteria } from '@aukio/a11y/wcag';
import { Fragment, type ReactNode } from 'react';
import type { ConformanceRecord, ConformanceStatus, Verification } from '../packages/react/src/internal/conformance';
import { ScrollRegion } from './ScrollRegion';

const statusText: Record<ConformanceStatus, string> = {
  supports: 'Supports',
  'partially-supports': 'Partially supports',
  'does-not-support': 'Does not support',
  'not-applicable': 'Not applicable',
};

const kindText: Record<Verification['kind'], string> = {
  'unit-test': 'Unit test',
  'story-test': 'Story test',
  'app-test': 'Example app test',
  axe: 'axe',
  'browser-check': 'Browser check',
  manual: 'Manual check (to do)',
};

/** Text with `code` spans, as the records write them. */
function Text({ children }: { children: string }) {
  const parts = children.split('`');
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}

function verificationText(v: Verification): ReactNode {
  if (v.kind === 'manual') return <Text>{v.ref}</Text>;
  const cut = v.ref.indexOf(' > ');
  const file = cut > 0 ? v.ref.slice(0, cut) : v.ref;
  const what = cut > 0 ? v.ref.slice(cut + 3) : '';
  if (v.kind === 'axe' && what === '*') return <>every story in {file}</>;
  return (
    <>
      <code>{file}</code>: {what}
    </>
  );
}

export function ConformanceTable({ record }: { record: ConformanceRecord }) {
  const name = record.component;
  const automated = record.criteria.reduce((n, c) => n + c.verifiedBy.filter((v) => v.kind !== 'manual').length, 0);
  const manual = record.criteria.reduce((n, c) => n + c.verifiedBy.filter((v) => v.kind === 'manual').length, 0);
  const tested = record.assistiveTech.filter((a) => a.status === 'tested');
  const heard = tested.filter((a) => a.tested || a.heard);
  return (
    <div className="aukio-conformance">
      <p>
        Record reviewed {record.reviewed}. {record.criteria.length} success criteria, {automated} automated checks,{' '}
        {manual} manual checks still to be made.{' '}
        {tested.length === 0
          ? 'Nobody has yet tested the component with the assistive technologies below.'
          : `Tested with ${tested.length} of ${record.assistiveTech.length} assistive technologies.`}{' '}
        The record is <code>{`${name}.conformance.ts`}</code> beside the component.
      </p>
      <ScrollRegion>
      <table>
        <caption>WCAG 2.2 success criteria: {name}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
            <th scope="col">How it is met</th>
            <th scope="col">Verified by</th>
          </tr>
        </thead>
        <tbody>
          {record.criteria.map((c) => {
            const sc = successCriteria[c.id];
            return (
              <tr key={c.id}>
                <th scope="row">
                  {c.id} {sc?.name ?? '(not a WCAG 2.2 criterion)'}
                </th>
                <td>{sc?.level ?? '—'}</td>
                <td>{statusText[c.status]}</td>
                <td>
                  <Text>{c.how}</Text>
                </td>
                <td>
                  <ul>
                    {c.verifiedBy.map((v, i) => (
                      <li key={i}>
                        {kindText[v.kind]}: {verificationText(v)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </ScrollRegion>
      <ScrollRegion>
      <table>
        <caption>Assistive technologies and settings: {name}</caption>
        <thead>
          <tr>
            <th scope="col">Technology</th>
            <th scope="col">Browser</th>
            <th scope="col">Platform</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {record.assistiveTech.map((a) => (
            <tr key={`${a.name}|${a.browser}|${a.platform}`}>
              <th scope="row">{a.name}</th>
              <td>{a.browser}</td>
              <td>{a.platform}</td>
              <td>{a.status === 'tested' ? `Tested ${a.date ?? ''}`.trim() : 'To be tested'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollRegion>
      {heard.length > 0 && (
        <section aria-labelledby={`${name}-heard`}>
          <h3 id={`${name}-heard`}>What a screen reader said</h3>
          {heard.map((a) => (
            <Fragment key={`${a.name}|${a.browser}`}>
              <p>
                {a.name} with {a.browser} ({a.platform}){a.date ? `, ${a.date}` : ''}
                {a.tested ? (
                  <>
                    : <Text>{a.tested}</Text>
                  </>
                ) : null}
              </p>
              {a.heard ? (
                <blockquote className="aukio-conformance__heard">
                  <Text>{a.heard}</Text>
                </blockquote>
              ) : null}
            </Fragment>
          ))}
        </section>
      )}
      {record.knownIssues.length === 0 ? (
        <p>No known accessibility issues.</p>
      ) : (
        <ScrollRegion>
        <table>
          <caption>Known issues: {name}</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Criteria</th>
              <th scope="col">Workaround</th>
            </tr>
          </thead>
          <tbody>
            {record.knownIssues.map((k) => (
              <tr key={k.description}>
                <th scope="row">
                  <Text>{k.description}</Text>
                </th>
                <td>{k.criteria.map((id) => `${id} ${successCriteria[id]?.name ?? ''}`.trim()).join(', ')}</td>
                <td>{k.workaround ? <Text>{k.workaround}</Text> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}
    </div>
  );
}
