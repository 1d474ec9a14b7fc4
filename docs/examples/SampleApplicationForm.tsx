// A realistic city application that uses every Aukio form component: applying for a place on an adult
// education course. Shared by the stories (SampleApplicationForm.stories.tsx) and the test that posts the
// server-rendered form with JavaScript turned off (SampleApplicationForm.nojs.test.ts).
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  catalogues,
  Checkbox,
  CheckboxGroup,
  DateInput,
  datePartsFromFormData,
  Fieldset,
  FileInput,
  Form,
  Heading,
  Notification,
  NumberInput,
  RadioGroup,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  useLocale,
  validateDateParts,
  validateFiles,
  validateNumber,
  type AukioLocale,
  type FormErrors,
} from '../../packages/react/src';
import './examples.css';

export const MOTIVATION_LIMIT = 300;
export const PROOF_ACCEPT = '.pdf,.jpg,.jpeg,.png';
export const PROOF_MAX_SIZE = 5 * 1024 * 1024;

/** The form's own texts (the built-in texts of the components come from the library's catalogues). */
export const sampleTexts = {
  fi: {
    title: 'Hae paikkaa työväenopiston kurssille',
    intro: 'Hakeminen kestää noin 10 minuuttia. Vastaa kaikkiin kysymyksiin, paitsi niihin, joissa lukee "valinnainen".',
    personal: 'Henkilötiedot',
    firstName: 'Etunimi',
    lastName: 'Sukunimi',
    dob: 'Syntymäaika',
    dobHint: 'Esimerkiksi 27 3 1980',
    course: 'Kurssi',
    courseHint: 'Kurssit alkavat tammikuussa 2027.',
    courseFinnish: 'Suomea aloittelijoille',
    courseWatercolour: 'Vesivärimaalaus',
    coursePython: 'Ohjelmoinnin perusteet Pythonilla',
    courseWoodwork: 'Puutyöt',
    experience: 'Kuinka monta vuotta olet opiskellut aihetta aiemmin?',
    experienceHint: 'Kirjoita 0, jos olet vasta-alkaja.',
    experienceSuffix: 'vuotta',
    contact: 'Miten haluat saada vahvistuksen paikasta?',
    contactEmail: 'Sähköpostilla',
    contactSms: 'Tekstiviestillä',
    contactLetter: 'Kirjeellä',
    contactLetterHint: 'Lähetämme kirjeen osoitteeseen, joka sinulla on väestötietojärjestelmässä.',
    email: 'Sähköpostiosoite',
    phone: 'Matkapuhelinnumero',
    phoneHint: 'Esimerkiksi 040 123 4567',
    needs: 'Tarvitsetko jotakin näistä osallistuaksesi?',
    needsHint: 'Valitse kaikki sopivat.',
    needsAccess: 'Esteetön kulku opetustilaan',
    needsLoop: 'Induktiosilmukka',
    needsInterpreter: 'Viittomakielen tulkki',
    needsOther: 'Jotain muuta',
    needsNone: 'En tarvitse mitään näistä',
    needsOtherText: 'Mitä muuta tarvitset?',
    reduction: 'Haetko alennusta kurssimaksusta?',
    reductionHint: 'Alennuksen voi saada esimerkiksi eläkkeen, työttömyyden tai toimeentulotuen perusteella.',
    reductionNo: 'Ei',
    reductionYes: 'Kyllä, haen alennusta',
    proof: 'Päätös, johon alennus perustuu',
    proofHint: 'PDF, JPG tai PNG, enintään 5 Mt',
    motivation: 'Mitä toivot kurssilta?',
    motivationHint: 'Opettaja lukee vastauksesi ennen ensimmäistä kertaa.',
    terms: 'Olen lukenut ilmoittautumisehdot ja hyväksyn ne',
    submit: 'Lähetä hakemus',
    doneTitle: 'Hakemus lähetetty',
    doneBody: 'Saat vahvistuksen paikasta kahden viikon kuluessa.',
    firstNameMissing: 'Kirjoita etunimesi',
    lastNameMissing: 'Kirjoita sukunimesi',
    dobMissing: 'Kirjoita syntymäaikasi, esimerkiksi 27 3 1980',
    courseMissing: 'Valitse kurssi, jolle haet',
    experienceMissing: 'Kirjoita, montako vuotta olet opiskellut aihetta. Kirjoita 0, jos olet vasta-alkaja',
    contactMissing: 'Valitse, miten haluat saada vahvistuksen',
    emailMissing: 'Kirjoita sähköpostiosoitteesi',
    emailInvalid: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi',
    phoneMissing: 'Kirjoita matkapuhelinnumerosi',
    phoneInvalid: 'Kirjoita puhelinnumero numeroina, esimerkiksi 040 123 4567',
    needsMissing: 'Valitse, mitä tarvitset osallistuaksesi, tai valitse "En tarvitse mitään näistä"',
    needsOtherMissing: 'Kerro, mitä muuta tarvitset osallistuaksesi',
    reductionMissing: 'Valitse, haetko alennusta kurssimaksusta',
    proofMissing: 'Valitse päätös tiedostona, tai valitse "Ei", jos et hae alennusta',
    motivationTooLong: 'Lyhennä vastaustasi: siinä saa olla enintään {limit} merkkiä',
    termsMissing: 'Hyväksy ilmoittautumisehdot, jotta voimme käsitellä hakemuksesi',
  },
  sv: {
    title: 'Ansök om plats på en kurs vid arbetarinstitutet',
    intro: 'Ansökan tar ungefär 10 minuter. Svara på alla frågor utom dem som är märkta "frivillig".',
    personal: 'Personuppgifter',
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    dob: 'Födelsedatum',
    dobHint: 'Till exempel 27 3 1980',
    course: 'Kurs',
    courseHint: 'Kurserna börjar i januari 2027.',
    courseFinnish: 'Finska för nybörjare',
    courseWatercolour: 'Akvarellmålning',
    coursePython: 'Grunderna i programmering med Python',
    courseWoodwork: 'Träslöjd',
    experience: 'Hur många år har du studerat ämnet tidigare?',
    experienceHint: 'Skriv 0 om du är nybörjare.',
    experienceSuffix: 'år',
    contact: 'Hur vill du få bekräftelsen på din plats?',
    contactEmail: 'Per e-post',
    contactSms: 'Per textmeddelande',
    contactLetter: 'Per brev',
    contactLetterHint: 'Vi skickar brevet till den adress du har i befolkningsdatasystemet.',
    email: 'E-postadress',
    phone: 'Mobilnummer',
    phoneHint: 'Till exempel 040 123 4567',
    needs: 'Behöver du något av följande för att delta?',
    needsHint: 'Välj alla som passar.',
    needsAccess: 'Tillgänglig väg till undervisningslokalen',
    needsLoop: 'Induktionsslinga',
    needsInterpreter: 'Teckenspråkstolk',
    needsOther: 'Något annat',
    needsNone: 'Jag behöver inget av detta',
    needsOtherText: 'Vad mer behöver du?',
    reduction: 'Ansöker du om nedsättning av kursavgiften?',
    reductionHint: 'Du kan få nedsättning till exempel på grund av pension, arbetslöshet eller utkomststöd.',
    reductionNo: 'Nej',
    reductionYes: 'Ja, jag ansöker om nedsättning',
    proof: 'Beslutet som nedsättningen grundar sig på',
    proofHint: 'PDF, JPG eller PNG, högst 5 MB',
    motivation: 'Vad hoppas du få ut av kursen?',
    motivationHint: 'Läraren läser ditt svar före första lektionen.',
    terms: 'Jag har läst anmälningsvillkoren och godkänner dem',
    submit: 'Skicka ansökan',
    doneTitle: 'Ansökan har skickats',
    doneBody: 'Du får en bekräftelse på din plats inom två veckor.',
    firstNameMissing: 'Skriv ditt förnamn',
    lastNameMissing: 'Skriv ditt efternamn',
    dobMissing: 'Skriv ditt födelsedatum, till exempel 27 3 1980',
    courseMissing: 'Välj den kurs du söker till',
    experienceMissing: 'Skriv hur många år du har studerat ämnet. Skriv 0 om du är nybörjare',
    contactMissing: 'Välj hur du vill få bekräftelsen',
    emailMissing: 'Skriv din e-postadress',
    emailInvalid: 'Skriv e-postadressen i formen namn@exempel.fi',
    phoneMissing: 'Skriv ditt mobilnummer',
    phoneInvalid: 'Skriv telefonnumret med siffror, till exempel 040 123 4567',
    needsMissing: 'Välj vad du behöver för att delta, eller välj "Jag behöver inget av detta"',
    needsOtherMissing: 'Berätta vad mer du behöver för att delta',
    reductionMissing: 'Välj om du ansöker om nedsättning av kursavgiften',
    proofMissing: 'Välj beslutet som fil, eller välj "Nej" om du inte ansöker om nedsättning',
    motivationTooLong: 'Korta ner ditt svar: det får ha högst {limit} tecken',
    termsMissing: 'Godkänn anmälningsvillkoren så att vi kan behandla din ansökan',
  },
  en: {
    title: 'Apply for a place on an adult education course',
    intro: 'It takes about 10 minutes. Answer every question unless it is marked "optional".',
    personal: 'Your details',
    firstName: 'First name',
    lastName: 'Last name',
    dob: 'Date of birth',
    dobHint: 'For example 27 3 1980',
    course: 'Course',
    courseHint: 'Courses start in January 2027.',
    courseFinnish: 'Finnish for beginners',
    courseWatercolour: 'Watercolour painting',
    coursePython: 'Programming basics with Python',
    courseWoodwork: 'Woodwork',
    experience: 'How many years have you studied the subject before?',
    experienceHint: 'Enter 0 if you are a beginner.',
    experienceSuffix: 'years',
    contact: 'How would you like to get the confirmation of your place?',
    contactEmail: 'By email',
    contactSms: 'By text message',
    contactLetter: 'By letter',
    contactLetterHint: 'We send the letter to your address in the Population Information System.',
    email: 'Email address',
    phone: 'Mobile phone number',
    phoneHint: 'For example 040 123 4567',
    needs: 'Do you need any of these to take part?',
    needsHint: 'Select all that apply.',
    needsAccess: 'Step-free access to the classroom',
    needsLoop: 'Induction loop',
    needsInterpreter: 'Sign language interpreter',
    needsOther: 'Something else',
    needsNone: 'I do not need any of these',
    needsOtherText: 'What else do you need?',
    reduction: 'Are you applying for a reduced course fee?',
    reductionHint: 'You may get a reduction if, for example, you receive a pension, unemployment benefit or social assistance.',
    reductionNo: 'No',
    reductionYes: 'Yes, I am applying for a reduction',
    proof: 'Decision the reduction is based on',
    proofHint: 'PDF, JPG or PNG, up to 5 MB',
    motivation: 'What do you hope to get from the course?',
    motivationHint: 'The teacher reads your answer before the first lesson.',
    terms: 'I have read the enrolment terms and accept them',
    submit: 'Send application',
    doneTitle: 'Application sent',
    doneBody: 'You will get a confirmation of your place within two weeks.',
    firstNameMissing: 'Enter your first name',
    lastNameMissing: 'Enter your last name',
    dobMissing: 'Enter your date of birth, for example 27 3 1980',
    courseMissing: 'Choose the course you are applying for',
    experienceMissing: 'Enter how many years you have studied the subject. Enter 0 if you are a beginner',
    contactMissing: 'Choose how you would like to get the confirmation',
    emailMissing: 'Enter your email address',
    emailInvalid: 'Enter an email address in the format name@example.com',
    phoneMissing: 'Enter your mobile phone number',
    phoneInvalid: 'Enter the phone number in digits, for example 040 123 4567',
    needsMissing: 'Select what you need to take part, or select "I do not need any of these"',
    needsOtherMissing: 'Tell us what else you need to take part',
    reductionMissing: 'Choose whether you are applying for a reduced course fee',
    proofMissing: 'Choose the decision as a file, or choose "No" if you are not applying for a reduction',
    motivationTooLong: 'Shorten your answer: it can have at most {limit} characters',
    termsMissing: 'Accept the enrolment terms so we can process your application',
  },
} satisfies Record<AukioLocale, Record<string, string>>;

export type SampleTexts = (typeof sampleTexts)['fi'];

const text = (fd: FormData, name: string) => String(fd.get(name) ?? '').trim();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 -]{5,}$/;

/** Today as `YYYY-MM-DD` (the latest allowed date of birth). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Checks a posted application. The same function can run on the server for a post without JavaScript; every
 * message says how to fix the answer. `files` are the files FileInput reports (the posted ones otherwise).
 */
export function validateApplication(fd: FormData, locale: AukioLocale, t: SampleTexts, files?: File[]): FormErrors {
  const strings = catalogues[locale];
  const errors: FormErrors = {};
  if (!text(fd, 'firstName')) errors.firstName = t.firstNameMissing;
  if (!text(fd, 'lastName')) errors.lastName = t.lastNameMissing;
  const dob = datePartsFromFormData(fd, 'dob');
  if (!dob.day.trim() && !dob.month.trim() && !dob.year.trim()) errors.dob = t.dobMissing;
  else errors.dob = validateDateParts(dob, { locale, strings, min: '1900-01-01', max: todayIso() }).error;
  if (!text(fd, 'course')) errors.course = t.courseMissing;
  const experience = text(fd, 'experience');
  errors.experience = experience
    ? validateNumber(experience, { locale, strings, min: 0, max: 80, integer: true }).error
    : t.experienceMissing;
  const contact = text(fd, 'contact');
  if (!contact) errors.contact = t.contactMissing;
  if (contact === 'email') {
    const email = text(fd, 'email');
    if (!email) errors.email = t.emailMissing;
    else if (!EMAIL.test(email)) errors.email = t.emailInvalid;
  }
  if (contact === 'sms') {
    const phone = text(fd, 'phone');
    if (!phone) errors.phone = t.phoneMissing;
    else if (!PHONE.test(phone)) errors.phone = t.phoneInvalid;
  }
  const needs = fd.getAll('needs').map(String);
  if (!needs.length) errors.needs = t.needsMissing;
  if (needs.includes('other') && !text(fd, 'needsOther')) errors.needsOther = t.needsOtherMissing;
  const reduction = text(fd, 'reduction');
  if (!reduction) errors.reduction = t.reductionMissing;
  if (reduction === 'yes') {
    const posted = fd.getAll('reductionProof').filter((f): f is File => f instanceof File && f.name !== '');
    const chosen = files?.length ? files : posted;
    if (!chosen.length) errors.reductionProof = t.proofMissing;
    else {
      errors.reductionProof = validateFiles(chosen, { locale, strings, accept: PROOF_ACCEPT, maxSize: PROOF_MAX_SIZE })[0]?.message;
    }
  }
  if (String(fd.get('motivation') ?? '').length > MOTIVATION_LIMIT) {
    errors.motivation = t.motivationTooLong.replace('{limit}', String(MOTIVATION_LIMIT));
  }
  if (fd.get('terms') !== 'yes') errors.terms = t.termsMissing;
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

// Every field's id is its name: the error summary a server renders for a post without JavaScript links to
// `#name` (Form resolves the links to the fields only once its script runs).
export interface SampleApplicationFormProps {
  /** Where the form posts (without JavaScript, or when a team lets a valid submit post). */
  action?: string;
  /** Errors the server rendered into the page after a post without JavaScript. */
  errors?: FormErrors;
  /** Replaces some of the texts, e.g. with very long ones. */
  texts?: Partial<SampleTexts>;
  /** The answers posted last time, when the server renders the form again with `errors`: nothing typed is lost. */
  values?: SampleValues;
}

/** Posted answers by field name; `needs` may have several values. */
export type SampleValues = Record<string, string | string[] | undefined>;

/** The answers of a post, for rendering the form again (files cannot be given back to a file input). */
export function valuesFromFormData(fd: FormData): SampleValues {
  const values: SampleValues = {};
  for (const [name, value] of fd.entries()) {
    if (typeof value !== 'string') continue;
    if (name === 'needs') values.needs = [...((values.needs as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return values;
}

/** The course application: a native form that posts without JavaScript and is checked by `Form` with it. */
export function SampleApplicationForm({ action = '/kurssihaku', errors, texts, values = {} }: SampleApplicationFormProps) {
  const locale = useLocale();
  const t: SampleTexts = { ...sampleTexts[locale], ...texts };
  const value = (name: string) => {
    const posted = values[name];
    return typeof posted === 'string' ? posted : undefined;
  };
  const [sent, setSent] = useState(false);
  const chosenFiles = useRef<File[]>([]);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) doneRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="aukio-example-page">
        <Stack gap={5}>
          <Heading level={1}>{t.title}</Heading>
          <div ref={doneRef} tabIndex={-1} className="aukio-example-done">
            <Notification type="success" title={t.doneTitle} headingLevel={2}>
              <Text>{t.doneBody}</Text>
            </Notification>
          </div>
        </Stack>
      </div>
    );
  }

  return (
    <div className="aukio-example-page">
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <Form
          method="post"
          action={action}
          encType="multipart/form-data"
          errors={errors}
          onValidate={(fd) => validateApplication(fd, locale, t, chosenFiles.current)}
          onSubmit={(event) => {
            // The example shows the confirmation in place; a service lets the valid form post (or sends it
            // with fetch) and shows the confirmation page its server returns.
            event.preventDefault();
            setSent(true);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={6}>
              <Fieldset legend={t.personal} headingLevel={2}>
                <Stack gap={5}>
                  <TextInput label={t.firstName} id="firstName" name="firstName" defaultValue={value('firstName')} autoComplete="given-name" required error={errorFor('firstName')} />
                  <TextInput label={t.lastName} id="lastName" name="lastName" defaultValue={value('lastName')} autoComplete="family-name" required error={errorFor('lastName')} />
                  <DateInput legend={t.dob} hint={t.dobHint} id="dob" name="dob" defaultValue={{ day: value('dob-day') ?? '', month: value('dob-month') ?? '', year: value('dob-year') ?? '' }} autoCompleteBirthday required min="1900-01-01" />
                </Stack>
              </Fieldset>
              <Select
                label={t.course}
                hint={t.courseHint}
                id="course"
                name="course"
                defaultValue={value('course')}
                required
                emptyOption
                error={errorFor('course')}
                options={[
                  { value: 'finnish-a1', label: t.courseFinnish },
                  { value: 'watercolour', label: t.courseWatercolour },
                  { value: 'python', label: t.coursePython },
                  { value: 'woodwork', label: t.courseWoodwork },
                ]}
              />
              <NumberInput
                label={t.experience}
                hint={t.experienceHint}
                id="experience"
                name="experience"
                defaultValue={value('experience')}
                inputMode="numeric"
                integer
                min={0}
                max={80}
                suffix={t.experienceSuffix}
                width="4"
                required
              />
              <RadioGroup
                legend={t.contact}
                id="contact"
                name="contact"
                defaultValue={value('contact')}
                required
                error={errorFor('contact')}
                options={[
                  {
                    value: 'email',
                    label: t.contactEmail,
                    conditional: (
                      <TextInput label={t.email} id="email" name="email" defaultValue={value('email')} type="email" autoComplete="email" spellCheck={false} required error={errorFor('email')} />
                    ),
                  },
                  {
                    value: 'sms',
                    label: t.contactSms,
                    conditional: (
                      <TextInput label={t.phone} hint={t.phoneHint} id="phone" name="phone" defaultValue={value('phone')} type="tel" autoComplete="tel" width="20" required error={errorFor('phone')} />
                    ),
                  },
                  { value: 'letter', label: t.contactLetter, hint: t.contactLetterHint },
                ]}
              />
              <CheckboxGroup
                legend={t.needs}
                hint={t.needsHint}
                id="needs"
                name="needs"
                defaultValue={Array.isArray(values.needs) ? values.needs : undefined}
                required
                error={errorFor('needs')}
                options={[
                  { value: 'access', label: t.needsAccess },
                  { value: 'loop', label: t.needsLoop },
                  { value: 'interpreter', label: t.needsInterpreter },
                  {
                    value: 'other',
                    label: t.needsOther,
                    conditional: <TextInput label={t.needsOtherText} id="needsOther" name="needsOther" defaultValue={value('needsOther')} required error={errorFor('needsOther')} />,
                  },
                  { value: 'none', label: t.needsNone, exclusive: true },
                ]}
              />
              <RadioGroup
                legend={t.reduction}
                hint={t.reductionHint}
                id="reduction"
                name="reduction"
                defaultValue={value('reduction')}
                required
                error={errorFor('reduction')}
                options={[
                  { value: 'no', label: t.reductionNo },
                  {
                    value: 'yes',
                    label: t.reductionYes,
                    conditional: (
                      <FileInput
                        label={t.proof}
                        hint={t.proofHint}
                        id="reductionProof"
                        name="reductionProof"
                        accept={PROOF_ACCEPT}
                        maxSize={PROOF_MAX_SIZE}
                        required
                        onValueChange={(files) => (chosenFiles.current = files)}
                      />
                    ),
                  },
                ]}
              />
              <Textarea
                label={t.motivation}
                hint={t.motivationHint}
                id="motivation"
                name="motivation"
                defaultValue={value('motivation')}
                characterLimit={MOTIVATION_LIMIT}
                error={errorFor('motivation')}
              />
              <Checkbox label={t.terms} id="terms" name="terms" defaultChecked={value('terms') === 'yes'} value="yes" required error={errorFor('terms')} />
              <div>
                <Button type="submit">{t.submit}</Button>
              </div>
            </Stack>
          )}
        </Form>
      </Stack>
    </div>
  );
}
