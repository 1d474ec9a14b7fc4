// The accessibility statement of this example app, in each language. Checked with validateStatement (the same
// schema AccessibilityStatement renders) on the server before it is shown.
import type { AccessibilityStatementData } from '@aukio/react/server';
import type { Lang } from './strings';

/** One language's statement: the same assessment, with the texts of that language. */
const statement = (serviceName: string, organisation: string, limitation: string): AccessibilityStatementData => ({
  serviceName,
  organisation,
  conformance: 'partial',
  nonAccessible: [{ description: limitation, criteria: ['1.3.1', '4.1.2', '4.1.3'] }],
  assessment: { methods: ['self', 'automated'], tools: ['axe-core', '@aukio/a11y'] },
  prepared: '2026-12-07',
  feedback: { email: 'saavutettavuus@esimerkkila.fi' },
});

export const statements: Record<Lang, AccessibilityStatementData> = {
  fi: statement(
    'Asukaspysäköintitunnus (Next.js-esimerkki)',
    'Esimerkkilän kaupunki',
    'Palvelua ei ole vielä testattu ruudunlukijoilla eikä puheohjauksella; automaattiset testit ja näppäimistötestit eivät varmista, miten kentät ja virheilmoitukset luetaan.',
  ),
  sv: statement(
    'Invånarparkeringstillstånd (Next.js-exempel)',
    'Exempelby stad',
    'Tjänsten har ännu inte testats med skärmläsare eller röststyrning; automatiska tester och tangentbordstester visar inte hur fälten och felmeddelandena läses upp.',
  ),
  en: statement(
    'Resident parking permit (Next.js example)',
    'City of Exampleton',
    'The service has not yet been tested with screen readers or voice control; automated and keyboard tests do not show how the fields and error messages are read out.',
  ),
};
