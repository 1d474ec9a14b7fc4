import type { PersonalDataCategory } from './PersonalDataOverview';

/** Sample data for stories and tests. */
export const sampleCategories: PersonalDataCategory[] = [
  {
    id: 'contact',
    title: 'Yhteystiedot',
    items: [
      { label: 'Nimi', value: 'Maija Meikäläinen' },
      { label: 'Osoite', value: 'Esimerkkitie 1 A 2, 00100 Helsinki' },
      { label: 'Sähköposti', value: 'maija@example.fi' },
    ],
    sources: ['Väestötietojärjestelmä', 'Itse antamasi tiedot'],
    purposes: ['Asiointi ja yhteydenpito'],
    legalBasis: 'Lakisääteinen velvoite (EU:n yleinen tietosuoja-asetus 6 art. 1 c)',
    recipients: [],
    retention: '2 vuotta asiakkuuden päättymisestä',
  },
  {
    id: 'parking',
    title: 'Pysäköintitunnukset',
    items: [
      { label: 'Rekisteritunnus', value: 'ABC-123' },
      { label: 'Tunnus voimassa', value: '1.1.2026–31.12.2026' },
    ],
    sources: ['Liikenneasioiden rekisteri'],
    purposes: ['Asukaspysäköintitunnuksen myöntäminen', 'Pysäköinninvalvonta'],
    legalBasis: 'Yleisen edun mukainen tehtävä',
    recipients: ['Pysäköinninvalvonta'],
    retention: '5 vuotta tunnuksen päättymisestä',
  },
];
