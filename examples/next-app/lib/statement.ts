// The accessibility statement of this example app, in each language. Checked with validateStatement (the same
// schema AccessibilityStatement renders) on the server before it is shown.
import type { AccessibilityStatementData } from '@aukio/react/server';
import type { Lang } from './strings';

const shared = {
  conformance: 'partial',
  assessment: { methods: ['self', 'automated'], tools: ['axe-core', '@aukio/a11y'] },
  prepared: '2026-12-07',
  feedback: { email: 'saavutettavuus@esimerkkila.fi' },
} as const;

export const statements: Record<Lang, AccessibilityStatementData> = {
  fi: {
    ...shared,
    assessment: { ...shared.assessment, methods: [...shared.assessment.methods], tools: [...shared.assessment.tools] },
    serviceName: 'Asukaspysäköintitunnus (Next.js-esimerkki)',
    organisation: 'Esimerkkilän kaupunki',
    nonAccessible: [
      {
        description: 'Palvelua ei ole vielä testattu ruudunlukijoilla eikä puheohjauksella; automaattiset testit ja näppäimistötestit eivät varmista, miten kentät ja virheilmoitukset luetaan.',
        criteria: ['1.3.1', '4.1.2', '4.1.3'],
      },
    ],
  },
  sv: {
    ...shared,
    assessment: { ...shared.assessment, methods: [...shared.assessment.methods], tools: [...shared.assessment.tools] },
    serviceName: 'Invånarparkeringstillstånd (Next.js-exempel)',
    organisation: 'Exempelby stad',
    nonAccessible: [
      {
        description: 'Tjänsten har ännu inte testats med skärmläsare eller röststyrning; automatiska tester och tangentbordstester visar inte hur fälten och felmeddelandena läses upp.',
        criteria: ['1.3.1', '4.1.2', '4.1.3'],
      },
    ],
  },
  en: {
    ...shared,
    assessment: { ...shared.assessment, methods: [...shared.assessment.methods], tools: [...shared.assessment.tools] },
    serviceName: 'Resident parking permit (Next.js example)',
    organisation: 'City of Exampleton',
    nonAccessible: [
      {
        description: 'The service has not yet been tested with screen readers or voice control; automated and keyboard tests do not show how the fields and error messages are read out.',
        criteria: ['1.3.1', '4.1.2', '4.1.3'],
      },
    ],
  },
};
