import type { AccessibilityStatementData } from './statement';

/** A complete statement for the sample service (stories, tests, docs). */
export const parkingPermitStatement: AccessibilityStatementData = {
  serviceName: 'Asukaspysäköintitunnus',
  organisation: 'Esimerkkilän kaupunki',
  serviceUrl: 'https://asiointi.esimerkkila.fi/pysakointi',
  conformance: 'partial',
  nonAccessible: [
    {
      description: 'Ajoneuvon valinnan karttanäkymää ei voi käyttää näppäimistöllä. Vyöhykkeen voi valita myös osoitehaulla.',
      criteria: ['2.1.1 Näppäimistö'],
      fixBy: '2026-09-30',
    },
    {
      description: 'Maksun vahvistussivun PDF-kuitti ei ole saavutettava ruudunlukijalla.',
      criteria: ['1.3.1 Informaatio ja suhteet', '4.1.2 Nimi, rooli, arvo'],
    },
  ],
  disproportionateBurden: [
    {
      description: 'Vuoden 2019 pysäköintialueiden karttaliitteet (PDF).',
      reason: 'Aineistoa käytetään harvoin ja sen muuntaminen vaatisi kohtuuttomasti työtä; tiedot saa pyynnöstä muussa muodossa.',
    },
  ],
  outOfScope: [{ description: 'Kolmannen osapuolen maksupalvelun sivut, joita kaupunki ei rahoita eikä valvo.' }],
  assessment: { methods: ['self', 'thirdParty', 'automated'], assessor: 'Saavutettavuus Oy', tools: ['axe-core', 'WAVE'] },
  prepared: '2026-03-15',
  reviewed: '2026-10-01',
  feedback: { name: 'Pysäköintipalvelut', email: 'pysakointi@esimerkkila.fi', phone: '09 123 4567' },
};
