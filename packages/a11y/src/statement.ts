// Accessibility statement drafts from an audit: the machine-readable statement (schemas/statement.schema.json,
// the data of Aukio's AccessibilityStatement component, published beside the statement) and a Markdown draft, in
// Finnish, Swedish and English, with the legal wording of the one catalogue statement-texts.json. Automated tests find only part of the barriers: the manual findings file adds
// what people found, and a person reviews the draft before it is published.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import conformanceSchema from '../schemas/conformance-records.schema.json' with { type: 'json' };
import reportSchema from '../schemas/audit-report.schema.json' with { type: 'json' };
import manualSchema from '../schemas/manual-findings.schema.json' with { type: 'json' };
import statementSchema from '../schemas/statement.schema.json' with { type: 'json' };
import { InputError, readJsonFile } from './json.ts';
import { assertSchema, formatPath, validateSchema } from './schema.ts';
import texts from './statement-texts.json' with { type: 'json' };
import { compareCriteria, isAdvisory, successCriteria } from './wcag.ts';

export type Lang = 'fi' | 'sv' | 'en';
export type Text = string | Partial<Record<Lang, string>>;
export type StatementData = import('./statement-data.ts').AccessibilityStatementData;
export type NonAccessibleItem = import('./statement-data.ts').NonAccessibleItem;
export type ExemptItem = import('./statement-data.ts').ExemptItem;

export const languages = (['fi', 'sv', 'en'] as const);

const require = createRequire(import.meta.url);
let axeSv: Record<string, { help: string }> | undefined;
function svHelp(id: string) {
  try {
    axeSv ??= JSON.parse(readFileSync(require.resolve('axe-core/locales/sv.json'), 'utf8')).rules;
  } catch {
    axeSv = {};
  }
  return axeSv?.[id]?.help;
}

/** Finnish texts of the most common axe rules and of the browser checks (axe-core has no Finnish locale). */
const fiRules = ({
  label: 'Lomakekentältä puuttuu nimi (label)',
  'color-contrast': 'Tekstin ja taustan värikontrasti on liian pieni',
  'image-alt': 'Kuvalta puuttuu tekstivastine',
  'button-name': 'Painikkeelta puuttuu saavutettava nimi',
  'link-name': 'Linkiltä puuttuu saavutettava nimi',
  'html-has-lang': 'Sivun kieltä ei ole merkitty',
  'html-lang-valid': 'Sivun kielimerkintä ei ole kelvollinen',
  'document-title': 'Sivulta puuttuu otsikko (title)',
  'aria-allowed-attr': 'Elementillä on ARIA-määre, jota sen rooli ei salli',
  'aria-required-attr': 'Elementiltä puuttuu sen roolin vaatima ARIA-määre',
  'aria-valid-attr-value': 'ARIA-määreen arvo ei ole kelvollinen',
  'duplicate-id-aria': 'Saavutettavuuden käyttämä id on sivulla useammin kuin kerran',
  list: 'Luettelon rakenne on virheellinen',
  listitem: 'Luettelon kohta on luettelon ulkopuolella',
  'nested-interactive': 'Toimintoja on sisäkkäin, eikä ruudunlukija kerro niitä oikein',
  'select-name': 'Valintalistalta puuttuu nimi',
  'frame-title': 'Kehykseltä (iframe) puuttuu nimi',
  'target-size': 'Kosketettava kohde on liian pieni',
  'link-in-text-block': 'Tekstin seassa oleva linkki erottuu vain värillä',
  'meta-viewport': 'Sivu estää zoomauksen',
  region: 'Osa sisällöstä on sivun alueiden (landmark) ulkopuolella',
  'landmark-one-main': 'Sivulta puuttuu pääsisällön alue (main)',
  'heading-order': 'Otsikkotasot eivät etene järjestyksessä',
  'page-has-heading-one': 'Sivulta puuttuu pääotsikko (h1)',
  'autocomplete-valid': 'Kentän autocomplete-määre ei ole kelvollinen',
  'scrollable-region-focusable': 'Vieritettävä alue ei ole näppäimistöllä käytettävissä',
  'aria-hidden-focus': 'Piilotetun sisällön sisällä on kohdistettava elementti',
  'empty-heading': 'Otsikko on tyhjä',
  'td-headers-attr': 'Taulukon solu viittaa olemattomaan otsikkoon',
  'th-has-data-cells': 'Taulukon otsikolla ei ole soluja',
} as Record<string, string>);

/** The checks made outside axe, in each language. */
const checkTexts = ({
  reflow: {
    fi: 'Sivua joutuu vierittämään sivusuunnassa 320 CSS-pikselin levyisellä näytöllä',
    sv: 'Sidan måste rullas i sidled på en skärm som är 320 CSS-pixlar bred',
    en: 'The page scrolls sideways on a screen 320 CSS pixels wide',
  },
  'text-spacing': {
    fi: 'Tekstiä jää piiloon, kun rivi-, kirjain- tai sanaväliä kasvatetaan',
    sv: 'Text döljs när rad-, tecken- eller ordavståndet ökas',
    en: 'Text is cut off when line, letter or word spacing is increased',
  },
  'focus-visible': {
    fi: 'Näppäimistön kohdistus ei näy riittävän selvästi',
    sv: 'Tangentbordsfokus syns inte tillräckligt tydligt',
    en: 'The keyboard focus is not visible enough',
  },
  'target-size': {
    fi: 'Kosketettava kohde on alle 24 × 24 CSS-pikseliä ja liian lähellä toista kohdetta',
    sv: 'Ett klickbart mål är mindre än 24 × 24 CSS-pixlar och för nära ett annat mål',
    en: 'A target is smaller than 24 × 24 CSS pixels and too close to another target',
  },
  'keyboard-trap': {
    fi: 'Näppäimistön kohdistus jää jumiin osaan sivua',
    sv: 'Tangentbordsfokus fastnar i en del av sidan',
    en: 'Keyboard focus gets stuck in part of the page',
  },
} as Record<string, Record<Lang, string>>);

/**
 * The tool's own texts in the drafts (a draft note, how many places the audit found, the components' criteria).
 * The legal wording of the statement is not here: it comes from the one catalogue, statement-texts.json, which
 * the AccessibilityStatement component of @aukio/react renders too.
 */
const t = {
  fi: {
    draft: '> Luonnos, jonka @aukio/a11y teki automaattisen testin ja käsin tehtyjen havaintojen pohjalta. Tarkista ja täydennä ennen julkaisua: automaattinen testi löytää vain osan ongelmista.',
    found: (n: number, pages: string) => `Automaattinen testi löysi ${n} ${n === 1 ? 'kohdan' : 'kohtaa'}: ${pages}.`,
    more: (n: number) => `ja ${n} muuta`,
    unknownRule: (id: string) => `Automaattinen testi ${id} havaitsi puutteen`,
    workaround: 'Kiertotapa',
    componentCriteria: 'Komponenttien WCAG-kriteerit',
    componentCriteriaText: 'Palvelun käyttöliittymäkomponenttien saavutettavuus on kuvattu niiden vaatimustenmukaisuustiedoissa. Ne kattavat seuraavat WCAG 2.2 -kriteerit:',
    components: (n: number) => `${n} ${n === 1 ? 'komponentti' : 'komponenttia'}`,
    partially: 'osittain',
  },
  sv: {
    draft: '> Utkast som @aukio/a11y har gjort utifrån ett automatiskt test och manuella iakttagelser. Granska och komplettera före publicering: ett automatiskt test hittar bara en del av problemen.',
    found: (n: number, pages: string) => `Det automatiska testet hittade ${n} ${n === 1 ? 'ställe' : 'ställen'}: ${pages}.`,
    more: (n: number) => `och ${n} till`,
    unknownRule: (id: string) => `Det automatiska testet ${id} upptäckte en brist`,
    workaround: 'Sätt att kringgå problemet',
    componentCriteria: 'Komponenternas WCAG-kriterier',
    componentCriteriaText: 'Tillgängligheten i tjänstens gränssnittskomponenter beskrivs i deras överensstämmelseuppgifter. De omfattar följande WCAG 2.2-kriterier:',
    components: (n: number) => `${n} ${n === 1 ? 'komponent' : 'komponenter'}`,
    partially: 'delvis',
  },
  en: {
    draft: '> A draft made by @aukio/a11y from an automated audit and manual findings. Review and complete it before publishing: automated tests find only part of the barriers.',
    found: (n: number, pages: string) => `The automated audit found ${n} ${n === 1 ? 'instance' : 'instances'}: ${pages}.`,
    more: (n: number) => `and ${n} more`,
    unknownRule: (id: string) => `The automated test ${id} found a barrier`,
    workaround: 'Workaround',
    componentCriteria: 'WCAG criteria of the components',
    componentCriteriaText: "The accessibility of the service's interface components is described in their conformance records. They cover these WCAG 2.2 criteria:",
    components: (n: number) => `${n} ${n === 1 ? 'component' : 'components'}`,
    partially: 'partially',
  },
};

/** The legal texts of the statement in each language, from the one catalogue. */
export const statementTexts = (texts.messages as Record<Lang, Record<string, string>>);

/** Traficom, the supervisory authority since 1 January 2025: its address in each language, email and phone. */
export const traficom = { url: texts.messages.fi['accessibilityStatement.authorityUrl'], ...texts.authority };

/**
 * A text of the catalogue with its `{placeholders}` filled.
 * @param key  without the `accessibilityStatement.` prefix
 */
export function statementText(lang: Lang, key: string, values: Record<string, string> = {}) {
  const text = statementTexts[lang][`accessibilityStatement.${key}`];
  if (text === undefined) throw new Error(`statement-texts.json: no text accessibilityStatement.${key}`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}

/**
 * Picks the text of a language from `{ fi, sv, en }` objects anywhere in a value (plain strings stay).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape of the value is kept, with each { fi, sv, en } text picked
export function localize(value: unknown, lang: Lang): any {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const o = (value as Record<string, unknown>);
    if (keys.length && keys.every((k) => k === 'fi' || k === 'sv' || k === 'en')) return o[lang] ?? o.fi ?? o.en ?? o[keys[0]];
    return Object.fromEntries(keys.map((k) => [k, localize(o[k], lang)]));
  }
  return value;
}

export type ManualFindings = {
    statement: Record<string, unknown>,
    findings?: { description: Text, criteria: string[], fixBy?: string }[]
  };


/**
 * Reads and checks the manual findings file (schemas/manual-findings.schema.json):
 * `{ "statement": { serviceName, organisation, feedback, ... }, "findings": [{ description, criteria, fixBy? }] }`.
 * Any text may be `{ "fi": "...", "sv": "...", "en": "..." }`.
 */
export function loadManualFindings(file: string): ManualFindings {
  const { value, text } = readJsonFile(file);
  assertSchema(manualSchema, value, text, file);
  return (value as ManualFindings);
}

export type ComponentConformance = {
    component: string,
    criteria: { id: string, name?: string, level?: string, status: 'supports' | 'partially-supports' | 'does-not-support' | 'not-applicable', how: string }[],
    knownIssues: { description: Text, criteria: string[], workaround?: Text }[]
  };
export type ConformanceRecords = { wcag?: string, components: ComponentConformance[] };

/**
 * Reads and checks the components' conformance records (schemas/conformance-records.schema.json):
 * docs/conformance.json of Aukio (made by scripts/conformance-json.mjs), or a team's own file of the same
 * shape for its components.
 */
export function loadConformance(file: string): ConformanceRecords {
  const { value, text } = readJsonFile(file);
  assertSchema(conformanceSchema, value, text, file);
  return (value as ConformanceRecords);
}

/**
 * The components' known issues as non-accessible content, one item per issue (components with the same
 * issue share one item), plus criteria a component does not or only partly support without a known issue.
 */
export function conformanceItems(records: ConformanceRecords, lang: Lang): NonAccessibleItem[] {
  const tx = t[lang];
  const byText: Map<string, { components: string[], description: string, workaround?: string, criteria: Set<string> }> = new Map();
  const add = (component: string, description: string, criteria: string[], workaround: string | undefined) => {
    const key = `${description}|${workaround ?? ''}`;
    const e = byText.get(key) ?? { components: [], description, workaround, criteria: new Set() };
    if (!e.components.includes(component)) e.components.push(component);
    for (const c of criteria) e.criteria.add(c);
    byText.set(key, e);
  };
  // Only failures of A and AA criteria are non-conformance; a known issue of a AAA criterion is not.
  const required = (criteria: string[]) => criteria.filter((x) => !isAdvisory([x]));
  for (const c of records.components) {
    const covered = new Set(c.knownIssues.flatMap((i) => i.criteria));
    for (const i of c.knownIssues) {
      const criteria = required(i.criteria);
      if (criteria.length) add(c.component, localize(i.description, lang), criteria, i.workaround ? localize(i.workaround, lang) : undefined);
    }
    for (const k of c.criteria) if ((k.status === 'does-not-support' || k.status === 'partially-supports') && !covered.has(k.id) && !isAdvisory([k.id])) add(c.component, k.how, [k.id], undefined);
  }
  return [...byText.values()]
    .map((e) => ({
      // The records write code in backticks (Markdown); a statement is read by the public.
      description: `${e.components.sort().join(', ')}: ${e.description}${e.workaround ? ` ${tx.workaround}: ${e.workaround}` : ''}`.replace(/`/g, ''),
      criteria: [...e.criteria].sort(compareCriteria),
    }))
    .sort((a, b) => compareCriteria(a.criteria[0], b.criteria[0]) || a.description.localeCompare(b.description));
}

/**
 * The WCAG criteria the components' records cover: for each, the components and those that only partly
 * support it (or not at all).
 */
export function conformanceCriteria(records: ConformanceRecords): { id: string, name: string, level: string, components: string[], partial: string[] }[] {
  const byId: Map<string, { id: string, name: string, level: string, components: string[], partial: string[] }> = new Map();
  for (const c of records.components) {
    for (const k of c.criteria) {
      if (k.status === 'not-applicable') continue;
      const known = successCriteria[k.id];
      const e = byId.get(k.id) ?? { id: k.id, name: known?.name ?? k.name ?? '', level: known?.level ?? k.level ?? '', components: [], partial: [] };
      e.components.push(c.component);
      if (k.status !== 'supports') e.partial.push(c.component);
      byId.set(k.id, e);
    }
  }
  return [...byId.values()].sort((a, b) => compareCriteria(a.id, b.id)).map((e) => ({ ...e, components: e.components.sort(), partial: e.partial.sort() }));
}

/**
 * Reads one or more report.json files of `aukio-a11y audit` (shards of one run) into one.
 */
export function loadAuditReports(files: string[]): import('./audit.ts').AuditReport {
  type AuditReport = import('./audit.ts').AuditReport;
  let merged: AuditReport | undefined;
  for (const file of files) {
    const { value, text } = readJsonFile(file);
    assertSchema(reportSchema, value, text, file);
    const r = value as AuditReport;
    if (!merged) merged = { ...r, pages: [...r.pages], fixed: [...(r.fixed ?? [])] };
    else {
      merged.pages.push(...r.pages);
      merged.fixed.push(...(r.fixed ?? []));
    }
  }
  if (!merged) throw new InputError('statement: --audit needs at least one report.json');
  return merged;
}

/**
 * The non-accessible content an audit found: one item per rule or check with WCAG criteria, in a language.
 * Best-practice rules (no WCAG criterion) are not requirements and are left out, and so are findings of AAA
 * criteria only (advisory).
 */
export function auditItems(report: import('./audit.ts').AuditReport, lang: Lang): NonAccessibleItem[] {
  const byRule: Map<string, import('./audit.ts').Issue[]> = new Map();
  for (const p of report.pages) {
    for (const r of p.runs) {
      for (const i of r.issues) {
        // Only failures of A and AA criteria are non-conformance. A finding beyond AA (2.4.13 Focus
        // Appearance, AAA) is advisory: shown in the audit report, never written here as a failure. Decided
        // from the criteria themselves, so a report.json of an older version is read the same way.
        const criteria = (i.wcag ?? []).filter((c) => !isAdvisory([c]));
        if (criteria.length === 0) continue;
        const key = `${i.id}|${criteria.join(',')}`;
        byRule.set(key, [...(byRule.get(key) ?? []), { ...i, wcag: criteria }]);
      }
    }
  }
  const tx = t[lang];
  return [...byRule.entries()]
    .sort(([a, ia], [b, ib]) => compareCriteria(ia[0].wcag[0], ib[0].wcag[0]) || a.localeCompare(b))
    .map(([, issues]) => {
      const first = issues[0];
      const id = first.id;
      const text =
        checkTexts[id]?.[lang] ??
        (lang === 'fi' ? fiRules[id] ?? tx.unknownRule(id) : lang === 'sv' ? svHelp(id) ?? tx.unknownRule(id) : first.help);
      const pages = [...new Set(issues.map((i) => i.page))];
      const shown = pages.slice(0, 5).join(', ') + (pages.length > 5 ? ` ${tx.more(pages.length - 5)}` : '');
      const places = new Set(issues.map((i) => `${i.page}|${i.target}`)).size;
      const fixBy = issues.map((i) => i.baseline?.fixBy).filter(Boolean).sort()[0];
      return {
        description: `${text}. ${tx.found(places, shown)}`.replace(/\.\./g, '.'),
        criteria: [...new Set(issues.flatMap((i) => i.wcag))].sort(compareCriteria),
        ...(fixBy ? { fixBy } : {}),
      };
    });
}

/**
 * Statement data for the AccessibilityStatement component, in one language.
 * @param options `conformance`: the components'
 *   records (`loadConformance`); their known issues become non-accessible content
 */
export function buildStatement(report: import('./audit.ts').AuditReport | undefined, manual: ManualFindings, lang: Lang, { today = new Date().toISOString().slice(0, 10), conformance }: { today?: string, conformance?: ConformanceRecords } = {}): StatementData {
  const s = localize(manual.statement, lang);
  const manualItems = (manual.findings ?? []).map((f) => ({
    description: localize(f.description, lang),
    criteria: [...f.criteria].sort(compareCriteria),
    ...(f.fixBy ? { fixBy: f.fixBy } : {}),
  }));
  const items = [...manualItems, ...(conformance ? conformanceItems(conformance, lang) : []), ...(report ? auditItems(report, lang) : [])];
  const given = s.assessment ?? {};
  const methods = [...new Set([...(given.methods ?? (manualItems.length || conformance ? ['self'] : [])), ...(report ? ['automated'] : [])])];
  const tools = [...(given.tools ?? []), ...(report ? [`axe-core ${report.tool.axe}`, `${report.tool.name} ${report.tool.version}`] : [])];
  const data: StatementData = {
    serviceName: s.serviceName,
    organisation: s.organisation,
    ...(s.serviceUrl ? { serviceUrl: s.serviceUrl } : {}),
    conformance: s.conformance ?? (items.length ? 'partial' : 'full'),
    ...(items.length ? { nonAccessible: items } : {}),
    ...(s.disproportionateBurden?.length ? { disproportionateBurden: s.disproportionateBurden } : {}),
    ...(s.outOfScope?.length ? { outOfScope: s.outOfScope } : {}),
    assessment: { methods: methods.length ? methods : ['self'], ...(given.assessor ? { assessor: given.assessor } : {}), ...(tools.length ? { tools: [...new Set(tools)] } : {}) },
    prepared: s.prepared ?? today,
    ...(s.reviewed ? { reviewed: s.reviewed } : {}),
    feedback: s.feedback,
    ...(s.authority ? { authority: s.authority } : {}),
  };
  return data;
}

/**
 * The Markdown draft of a statement: the sections of the EU model statement (Implementing Decision (EU)
 * 2018/1523) with the same headings and legal wording as the AccessibilityStatement component (one catalogue).
 * @param options `conformance`: adds the WCAG criteria the components cover
 */
export function statementMarkdown(d: StatementData, lang: Lang, { conformance }: { conformance?: ConformanceRecords } = {}) {
  const tx = t[lang];
  const say = (key: string, values: Record<string, string> = {}) => statementText(lang, key, values);
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const out = [`# ${say('headingFor', { service: d.serviceName })}`, '', tx.draft, '', say('intro', { organisation: d.organisation, service: d.serviceName }), ''];
  if (d.serviceUrl) out.push(say('appliesTo', { url: d.serviceUrl }), '');
  out.push(`## ${say('statusHeading')}`, '', say(`status.${d.conformance}`), '');
  const burden = d.disproportionateBurden ?? [];
  const outOfScope = d.outOfScope ?? [];
  if (d.nonAccessible?.length || burden.length || outOfScope.length) {
    out.push(`## ${say('nonAccessibleHeading')}`, '');
    if (d.nonAccessible?.length) {
      out.push(`### ${say('nonComplianceHeading')}`, '');
      for (const i of d.nonAccessible) {
        out.push(`- ${i.description}`, `  ${say('criteria', { criteria: i.criteria.join(', ') })}`, `  ${i.fixBy ? say('fixBy', { date: date(i.fixBy) }) : say('fixUnknown')}`);
      }
      out.push('');
    }
    for (const [list, heading] of ([[burden, 'burdenHeading'], [outOfScope, 'outOfScopeHeading']] as const)) {
      if (!list.length) continue;
      out.push(`### ${say(heading)}`, '');
      for (const e of list) out.push(`- ${e.description}${e.reason ? `\n  ${say('reason', { reason: e.reason })}` : ''}`);
      out.push('');
    }
  }
  if (conformance) {
    out.push(`## ${tx.componentCriteria}`, '', tx.componentCriteriaText, '');
    for (const c of conformanceCriteria(conformance)) {
      out.push(`- ${c.id} ${c.name} (${c.level}): ${tx.components(c.components.length)}${c.partial.length ? `; ${tx.partially}: ${c.partial.join(', ')}` : ''}`);
    }
    out.push('');
  }
  out.push(`## ${say('preparationHeading')}`, '');
  for (const m of d.assessment.methods) {
    if (m === 'thirdParty' && d.assessment.assessor) out.push(`- ${say('method.thirdPartyBy', { assessor: d.assessment.assessor })}`);
    else if (m === 'automated' && d.assessment.tools?.length) out.push(`- ${say('method.automatedWith', { tools: d.assessment.tools.join(', ') })}`);
    else out.push(`- ${say(`method.${m}`)}`);
  }
  out.push('', say('prepared', { date: date(d.prepared) }), ...(d.reviewed ? [say('reviewed', { date: date(d.reviewed) })] : []), '');
  out.push(`## ${say('feedbackHeading')}`, '', say('feedbackText'), '');
  const f = d.feedback;
  if (f.name) out.push(f.name, '');
  if (f.email) out.push(`- ${say('email')}: ${f.email}`);
  if (f.phone) out.push(`- ${say('phone')}: ${f.phone}`);
  if (f.url) out.push(`- ${say('web')}: ${f.url}`);
  const a = { name: say('authorityName'), unit: say('authorityUnit'), url: say('authorityUrl'), email: traficom.email, phone: traficom.phone, ...d.authority };
  out.push('', `## ${say('enforcementHeading')}`, '', say('enforcementText'), '', `${a.name}, ${a.unit}`, '');
  if (a.email) out.push(`- ${say('email')}: ${a.email}`);
  if (a.phone) out.push(`- ${say('phone')}: ${a.phone}`);
  if (a.url) out.push(`- ${say('web')}: ${a.url}`);
  out.push('');
  return out.join('\n');
}

/**
 * Problems of statement data against the statement's JSON Schema (schemas/statement.schema.json).
 */
export function checkStatement(d: StatementData): string[] {
  return validateSchema(statementSchema, d).map((e) => `${formatPath(e.path)}: ${e.message}`);
}
