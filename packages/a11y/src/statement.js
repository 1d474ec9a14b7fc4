// Accessibility statement drafts from an audit: the data for Aukio's AccessibilityStatement component
// (packages/react/src/AccessibilityStatement/accessibility-statement.schema.json) and a Markdown draft, in
// Finnish, Swedish and English. Automated tests find only part of the barriers: the manual findings file adds
// what people found, and a person reviews the draft before it is published.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import conformanceSchema from '../schemas/conformance-records.schema.json' with { type: 'json' };
import reportSchema from '../schemas/audit-report.schema.json' with { type: 'json' };
import manualSchema from '../schemas/manual-findings.schema.json' with { type: 'json' };
import { isIsoDate, readJsonFile } from './json.js';
import { assertSchema } from './schema.js';
import { compareCriteria, criterionProblem, isAdvisory, successCriteria } from './wcag.js';

/** @typedef {'fi' | 'sv' | 'en'} Lang */
/** @typedef {string | Partial<Record<Lang, string>>} Text */
/**
 * @typedef {{ description: string, criteria: string[], fixBy?: string }} NonAccessibleItem
 * @typedef {{ description: string, reason?: string }} ExemptItem
 * @typedef {{
 *   serviceName: string, organisation: string, serviceUrl?: string, conformance: 'full' | 'partial' | 'none',
 *   nonAccessible?: NonAccessibleItem[], disproportionateBurden?: ExemptItem[], outOfScope?: ExemptItem[],
 *   assessment: { methods: ('self' | 'thirdParty' | 'automated')[], assessor?: string, tools?: string[] },
 *   prepared: string, reviewed?: string,
 *   feedback: { name?: string, email?: string, phone?: string, url?: string },
 *   authority?: { name?: string, unit?: string, url?: string, email?: string, phone?: string }
 * }} StatementData
 */

export const languages = /** @type {const} */ (['fi', 'sv', 'en']);

const require = createRequire(import.meta.url);
/** @type {Record<string, { help: string }> | undefined} */
let axeSv;
function svHelp(/** @type {string} */ id) {
  try {
    axeSv ??= JSON.parse(readFileSync(require.resolve('axe-core/locales/sv.json'), 'utf8')).rules;
  } catch {
    axeSv = {};
  }
  return axeSv?.[id]?.help;
}

/** Finnish texts of the most common axe rules and of the browser checks (axe-core has no Finnish locale). */
const fiRules = /** @type {Record<string, string>} */ ({
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
});

/** The checks made outside axe, in each language. */
const checkTexts = /** @type {Record<string, Record<Lang, string>>} */ ({
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
});

const t = {
  fi: {
    title: 'Saavutettavuusseloste',
    draft: '> Luonnos, jonka @aukio/a11y teki automaattisen testin ja käsin tehtyjen havaintojen pohjalta. Tarkista ja täydennä ennen julkaisua: automaattinen testi löytää vain osan ongelmista.',
    intro: (/** @type {StatementData} */ d) => `${d.organisation} pyrkii takaamaan digitaalisen palvelun ${d.serviceName} saavutettavuuden digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti. Tämä saavutettavuusseloste koskee palvelua ${d.serviceName}${d.serviceUrl ? ` (${d.serviceUrl})` : ''}.`,
    status: 'Vaatimustenmukaisuus',
    conformance: { full: 'Palvelu täyttää WCAG 2.2 -ohjeiston tason AA vaatimukset.', partial: 'Palvelu täyttää osittain WCAG 2.2 -ohjeiston tason AA vaatimukset.', none: 'Palvelu ei täytä WCAG 2.2 -ohjeiston tason AA vaatimuksia.' },
    nonAccessible: 'Ei-saavutettava sisältö',
    criteria: 'WCAG-kriteerit',
    fixBy: 'Korjataan viimeistään',
    burden: 'Kohtuuton rasite',
    outOfScope: 'Lainsäädännön soveltamisalan ulkopuolinen sisältö',
    reason: 'Perustelu',
    prepared: 'Selosteen laatiminen',
    preparedOn: 'Seloste on laadittu',
    reviewedOn: 'Seloste on päivitetty viimeksi',
    method: 'Arviointitapa',
    methods: { self: 'itsearviointi', thirdParty: 'ulkopuolisen asiantuntijan arviointi', automated: 'automaattinen testaus' },
    assessor: 'Arvioija',
    tools: 'Työkalut',
    feedback: 'Palaute ja yhteystiedot',
    feedbackText: 'Huomasitko saavutettavuuspuutteen? Kerro siitä meille, niin korjaamme sen tai toimitamme tiedon saavutettavassa muodossa.',
    authority: 'Valvontaviranomainen',
    authorityText: 'Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle.',
    authorityName: 'Liikenne- ja viestintävirasto Traficom, Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö',
    found: (/** @type {number} */ n, /** @type {string} */ pages) => `Automaattinen testi löysi ${n} ${n === 1 ? 'kohdan' : 'kohtaa'}: ${pages}.`,
    more: (/** @type {number} */ n) => `ja ${n} muuta`,
    unknownRule: (/** @type {string} */ id) => `Automaattinen testi ${id} havaitsi puutteen`,
    none: 'Ei tiedossa olevaa ei-saavutettavaa sisältöä.',
    workaround: 'Kiertotapa',
    componentCriteria: 'Komponenttien WCAG-kriteerit',
    componentCriteriaText: 'Palvelun käyttöliittymäkomponenttien saavutettavuus on kuvattu niiden vaatimustenmukaisuustiedoissa. Ne kattavat seuraavat WCAG 2.2 -kriteerit:',
    components: (/** @type {number} */ n) => `${n} ${n === 1 ? 'komponentti' : 'komponenttia'}`,
    partially: 'osittain',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    draft: '> Utkast som @aukio/a11y har gjort utifrån ett automatiskt test och manuella iakttagelser. Granska och komplettera före publicering: ett automatiskt test hittar bara en del av problemen.',
    intro: (/** @type {StatementData} */ d) => `${d.organisation} strävar efter att säkerställa tillgängligheten i den digitala tjänsten ${d.serviceName} i enlighet med lagen om tillhandahållande av digitala tjänster (306/2019). Detta tillgänglighetsutlåtande gäller tjänsten ${d.serviceName}${d.serviceUrl ? ` (${d.serviceUrl})` : ''}.`,
    status: 'Överensstämmelse med kraven',
    conformance: { full: 'Tjänsten uppfyller kraven på nivå AA i WCAG 2.2.', partial: 'Tjänsten uppfyller delvis kraven på nivå AA i WCAG 2.2.', none: 'Tjänsten uppfyller inte kraven på nivå AA i WCAG 2.2.' },
    nonAccessible: 'Innehåll som inte är tillgängligt',
    criteria: 'WCAG-kriterier',
    fixBy: 'Åtgärdas senast',
    burden: 'Oskälig börda',
    outOfScope: 'Innehåll som inte omfattas av lagstiftningen',
    reason: 'Motivering',
    prepared: 'Hur utlåtandet har utarbetats',
    preparedOn: 'Utlåtandet har utarbetats',
    reviewedOn: 'Utlåtandet har senast uppdaterats',
    method: 'Bedömningsmetod',
    methods: { self: 'egen bedömning', thirdParty: 'bedömning av en extern expert', automated: 'automatisk testning' },
    assessor: 'Bedömare',
    tools: 'Verktyg',
    feedback: 'Respons och kontaktuppgifter',
    feedbackText: 'Har du upptäckt en tillgänglighetsbrist? Berätta det för oss, så åtgärdar vi den eller ger dig informationen i tillgänglig form.',
    authority: 'Tillsynsmyndighet',
    authorityText: 'Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor, kan du göra en anmälan till tillsynsmyndigheten.',
    authorityName: 'Transport- och kommunikationsverket Traficom, Enheten för tillsyn över tillgänglighet',
    found: (/** @type {number} */ n, /** @type {string} */ pages) => `Det automatiska testet hittade ${n} ${n === 1 ? 'ställe' : 'ställen'}: ${pages}.`,
    more: (/** @type {number} */ n) => `och ${n} till`,
    unknownRule: (/** @type {string} */ id) => `Det automatiska testet ${id} upptäckte en brist`,
    none: 'Inget känt otillgängligt innehåll.',
    workaround: 'Sätt att kringgå problemet',
    componentCriteria: 'Komponenternas WCAG-kriterier',
    componentCriteriaText: 'Tillgängligheten i tjänstens gränssnittskomponenter beskrivs i deras överensstämmelseuppgifter. De omfattar följande WCAG 2.2-kriterier:',
    components: (/** @type {number} */ n) => `${n} ${n === 1 ? 'komponent' : 'komponenter'}`,
    partially: 'delvis',
  },
  en: {
    title: 'Accessibility statement',
    draft: '> A draft made by @aukio/a11y from an automated audit and manual findings. Review and complete it before publishing: automated tests find only part of the barriers.',
    intro: (/** @type {StatementData} */ d) => `${d.organisation} is committed to making its digital service ${d.serviceName} accessible in accordance with the Act on the Provision of Digital Services (306/2019). This accessibility statement applies to ${d.serviceName}${d.serviceUrl ? ` (${d.serviceUrl})` : ''}.`,
    status: 'Compliance status',
    conformance: { full: 'The service fully meets the level AA requirements of WCAG 2.2.', partial: 'The service partially meets the level AA requirements of WCAG 2.2.', none: 'The service does not meet the level AA requirements of WCAG 2.2.' },
    nonAccessible: 'Non-accessible content',
    criteria: 'WCAG criteria',
    fixBy: 'To be fixed by',
    burden: 'Disproportionate burden',
    outOfScope: 'Content outside the scope of the legislation',
    reason: 'Reason',
    prepared: 'Preparation of this statement',
    preparedOn: 'This statement was prepared on',
    reviewedOn: 'It was last reviewed on',
    method: 'Assessment method',
    methods: { self: 'self-assessment', thirdParty: 'assessment by an external expert', automated: 'automated testing' },
    assessor: 'Assessor',
    tools: 'Tools',
    feedback: 'Feedback and contact information',
    feedbackText: 'Did you notice an accessibility barrier? Tell us, and we will fix it or give you the information in an accessible form.',
    authority: 'Enforcement procedure',
    authorityText: 'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the reply, or get no reply within two weeks, you can notify the supervisory authority.',
    authorityName: 'Finnish Transport and Communications Agency Traficom, Digital Accessibility Supervision Unit',
    found: (/** @type {number} */ n, /** @type {string} */ pages) => `The automated audit found ${n} ${n === 1 ? 'instance' : 'instances'}: ${pages}.`,
    more: (/** @type {number} */ n) => `and ${n} more`,
    unknownRule: (/** @type {string} */ id) => `The automated test ${id} found a barrier`,
    none: 'No known non-accessible content.',
    workaround: 'Workaround',
    componentCriteria: 'WCAG criteria of the components',
    componentCriteriaText: "The accessibility of the service's interface components is described in their conformance records. They cover these WCAG 2.2 criteria:",
    components: (/** @type {number} */ n) => `${n} ${n === 1 ? 'component' : 'components'}`,
    partially: 'partially',
  },
};

export const traficom = { url: 'https://www.saavutettavuusvaatimukset.fi', email: 'saavutettavuus@traficom.fi', phone: '029 534 5000' };

/**
 * Picks the text of a language from `{ fi, sv, en }` objects anywhere in a value (plain strings stay).
 * @param {unknown} value
 * @param {Lang} lang
 * @returns {any}
 */
export function localize(value, lang) {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const o = /** @type {Record<string, unknown>} */ (value);
    if (keys.length && keys.every((k) => k === 'fi' || k === 'sv' || k === 'en')) return o[lang] ?? o.fi ?? o.en ?? o[keys[0]];
    return Object.fromEntries(keys.map((k) => [k, localize(o[k], lang)]));
  }
  return value;
}

/**
 * @typedef {{
 *   statement: Record<string, unknown>,
 *   findings?: { description: Text, criteria: string[], fixBy?: string }[]
 * }} ManualFindings
 */


/**
 * Reads and checks the manual findings file (schemas/manual-findings.schema.json):
 * `{ "statement": { serviceName, organisation, feedback, ... }, "findings": [{ description, criteria, fixBy? }] }`.
 * Any text may be `{ "fi": "...", "sv": "...", "en": "..." }`.
 * @param {string} file
 * @returns {ManualFindings}
 */
export function loadManualFindings(file) {
  const { value, text } = readJsonFile(file);
  assertSchema(manualSchema, value, text, file);
  return /** @type {ManualFindings} */ (value);
}

/**
 * @typedef {{
 *   component: string,
 *   criteria: { id: string, name?: string, level?: string, status: 'supports' | 'partially-supports' | 'does-not-support' | 'not-applicable', how: string }[],
 *   knownIssues: { description: Text, criteria: string[], workaround?: Text }[]
 * }} ComponentConformance
 * @typedef {{ wcag?: string, components: ComponentConformance[] }} ConformanceRecords
 */

/**
 * Reads and checks the components' conformance records (schemas/conformance-records.schema.json):
 * docs/conformance.json of Aukio (made by scripts/conformance-json.mjs), or a team's own file of the same
 * shape for its components.
 * @param {string} file
 * @returns {ConformanceRecords}
 */
export function loadConformance(file) {
  const { value, text } = readJsonFile(file);
  assertSchema(conformanceSchema, value, text, file);
  return /** @type {ConformanceRecords} */ (value);
}

/**
 * The components' known issues as non-accessible content, one item per issue (components with the same
 * issue share one item), plus criteria a component does not or only partly support without a known issue.
 * @param {ConformanceRecords} records
 * @param {Lang} lang
 * @returns {NonAccessibleItem[]}
 */
export function conformanceItems(records, lang) {
  const tx = t[lang];
  /** @type {Map<string, { components: string[], description: string, workaround?: string, criteria: Set<string> }>} */
  const byText = new Map();
  const add = (/** @type {string} */ component, /** @type {string} */ description, /** @type {string[]} */ criteria, /** @type {string | undefined} */ workaround) => {
    const key = `${description}|${workaround ?? ''}`;
    const e = byText.get(key) ?? { components: [], description, workaround, criteria: new Set() };
    if (!e.components.includes(component)) e.components.push(component);
    for (const c of criteria) e.criteria.add(c);
    byText.set(key, e);
  };
  // Only failures of A and AA criteria are non-conformance; a known issue of a AAA criterion is not.
  const required = (/** @type {string[]} */ criteria) => criteria.filter((x) => !isAdvisory([x]));
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
 * @param {ConformanceRecords} records
 * @returns {{ id: string, name: string, level: string, components: string[], partial: string[] }[]}
 */
export function conformanceCriteria(records) {
  /** @type {Map<string, { id: string, name: string, level: string, components: string[], partial: string[] }>} */
  const byId = new Map();
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
 * @param {string[]} files
 * @returns {import('./audit.js').AuditReport}
 */
export function loadAuditReports(files) {
  /** @type {any} */
  let merged;
  for (const file of files) {
    const { value, text } = readJsonFile(file);
    assertSchema(reportSchema, value, text, file);
    const r = /** @type {any} */ (value);
    if (!merged) merged = { ...r, pages: [...r.pages], fixed: [...(r.fixed ?? [])] };
    else {
      merged.pages.push(...r.pages);
      merged.fixed.push(...(r.fixed ?? []));
    }
  }
  return merged;
}

/**
 * The non-accessible content an audit found: one item per rule or check with WCAG criteria, in a language.
 * Best-practice rules (no WCAG criterion) are not requirements and are left out, and so are findings of AAA
 * criteria only (advisory).
 * @param {import('./audit.js').AuditReport} report
 * @param {Lang} lang
 * @returns {NonAccessibleItem[]}
 */
export function auditItems(report, lang) {
  /** @type {Map<string, import('./audit.js').Issue[]>} */
  const byRule = new Map();
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
 * @param {import('./audit.js').AuditReport | undefined} report
 * @param {ManualFindings} manual
 * @param {Lang} lang
 * @param {{ today?: string, conformance?: ConformanceRecords }} [options] `conformance`: the components'
 *   records (`loadConformance`); their known issues become non-accessible content
 * @returns {StatementData}
 */
export function buildStatement(report, manual, lang, { today = new Date().toISOString().slice(0, 10), conformance } = {}) {
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
  /** @type {StatementData} */
  const data = {
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
 * The Markdown draft of a statement.
 * @param {StatementData} d
 * @param {Lang} lang
 * @param {{ conformance?: ConformanceRecords }} [options] `conformance`: adds the WCAG criteria the components cover
 */
export function statementMarkdown(d, lang, { conformance } = {}) {
  const tx = t[lang];
  const out = [`# ${tx.title}: ${d.serviceName}`, '', tx.draft, '', tx.intro(d), '', `## ${tx.status}`, '', tx.conformance[d.conformance], '', `## ${tx.nonAccessible}`, ''];
  if (d.nonAccessible?.length) for (const i of d.nonAccessible) out.push(`- ${i.description}`, `  ${tx.criteria}: ${i.criteria.join(', ')}.${i.fixBy ? ` ${tx.fixBy} ${i.fixBy}.` : ''}`);
  else out.push(tx.none);
  out.push('');
  for (const [key, heading] of /** @type {const} */ ([['disproportionateBurden', tx.burden], ['outOfScope', tx.outOfScope]])) {
    const list = d[key];
    if (!list?.length) continue;
    out.push(`## ${heading}`, '');
    for (const e of list) out.push(`- ${e.description}${e.reason ? ` ${tx.reason}: ${e.reason}` : ''}`);
    out.push('');
  }
  if (conformance) {
    out.push(`## ${tx.componentCriteria}`, '', tx.componentCriteriaText, '');
    for (const c of conformanceCriteria(conformance)) {
      out.push(`- ${c.id} ${c.name} (${c.level}): ${tx.components(c.components.length)}${c.partial.length ? `; ${tx.partially}: ${c.partial.join(', ')}` : ''}`);
    }
    out.push('');
  }
  out.push(`## ${tx.prepared}`, '', `${tx.preparedOn} ${d.prepared}.${d.reviewed ? ` ${tx.reviewedOn} ${d.reviewed}.` : ''}`, '');
  out.push(`- ${tx.method}: ${d.assessment.methods.map((m) => tx.methods[m]).join(', ')}`);
  if (d.assessment.assessor) out.push(`- ${tx.assessor}: ${d.assessment.assessor}`);
  if (d.assessment.tools?.length) out.push(`- ${tx.tools}: ${d.assessment.tools.join(', ')}`);
  out.push('', `## ${tx.feedback}`, '', tx.feedbackText, '');
  const f = d.feedback;
  for (const v of [f.name, f.email, f.phone, f.url]) if (v) out.push(`- ${v}`);
  const a = { name: tx.authorityName, ...traficom, ...d.authority };
  out.push('', `## ${tx.authority}`, '', tx.authorityText, '', `- ${a.name}${a.unit ? `, ${a.unit}` : ''}`);
  for (const v of [a.url, a.email, a.phone]) if (v) out.push(`- ${v}`);
  out.push('');
  return out.join('\n');
}

/**
 * Problems of statement data against the component's JSON Schema (the rules that the data can break).
 * @param {StatementData} d
 * @returns {string[]}
 */
export function checkStatement(d) {
  const errs = [];
  if (!d.serviceName?.trim()) errs.push('serviceName is empty');
  if (!d.organisation?.trim()) errs.push('organisation is empty');
  if (!['full', 'partial', 'none'].includes(d.conformance)) errs.push('conformance must be full, partial or none');
  if (!isIsoDate(d.prepared)) errs.push('prepared must be a date YYYY-MM-DD');
  (d.nonAccessible ?? []).forEach((i, k) => {
    if (!i.criteria.length) errs.push(`nonAccessible[${k}].criteria must list WCAG criteria`);
    for (const c of i.criteria) {
      const problem = criterionProblem(c);
      if (problem) errs.push(`nonAccessible[${k}].criteria: ${problem}`);
    }
    if (i.fixBy !== undefined && !isIsoDate(i.fixBy)) errs.push(`nonAccessible[${k}].fixBy must be a date YYYY-MM-DD`);
  });
  if (!['email', 'phone', 'url'].some((k) => /** @type {any} */ (d.feedback ?? {})[k])) errs.push('feedback needs an email, phone or url');
  return errs;
}
