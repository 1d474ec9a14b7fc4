import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChangeEvent, FocusEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { DateInput, datePartsFromFormData, validateDateParts } from '../DateInput';
import { FileInput } from '../FileInput';
import { NumberInput, validateNumber } from '../NumberInput';
import { SearchInput } from '../SearchInput';
import { TextInput } from '../TextInput';
import { Textarea } from '../Textarea';
import { PasswordInput } from '../PasswordInput';
import { Select } from '../Select';
import { Checkbox } from '../Checkbox';
import { CheckboxGroup } from '../CheckboxGroup';
import { RadioGroup } from '../RadioGroup';
import { Fieldset } from '../Fieldset';
import { AukioProvider } from '../i18n';
import { Form } from './Form';
import { useFormErrors, type FormErrors } from '../internal/formErrors';

function Email() {
  const { errorFor } = useFormErrors();
  return <TextInput label="Sähköposti" name="email" type="email" error={errorFor('email')} />;
}

function validate(fd: FormData): FormErrors {
  const errors: FormErrors = {};
  if (!String(fd.get('email') ?? '').includes('@')) errors.email = 'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.fi';
  errors.dob = validateDateParts(datePartsFromFormData(fd, 'dob'), { required: true }).error;
  errors.rent = validateNumber(String(fd.get('rent') ?? ''), { min: 0 }).error;
  return errors;
}

function Application({ onSubmit }: { onSubmit?: () => void }) {
  return (
    <Form method="post" action="/apply" onValidate={validate} onSubmit={(e) => { e.preventDefault(); onSubmit?.(); }}>
      <Email />
      <DateInput legend="Syntymäaika" name="dob" id="dob" validateOn="submit" />
      <NumberInput label="Vuokra" name="rent" validateOn="submit" />
      <button type="submit">Lähetä</button>
    </Form>
  );
}

describe('Form', () => {
  it('renders a native form that posts, with browser bubbles off', () => {
    render(<Application />);
    const form = screen.getByRole('button', { name: 'Lähetä' }).closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/apply');
    expect(form).toHaveAttribute('novalidate');
  });

  it('stops an invalid submit, shows the summary in page order, focuses it and puts messages on fields', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Application onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: /Sähköposti/ }), 'aino');
    await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '31');
    await user.type(screen.getByRole('textbox', { name: 'Kuukausi' }), '2');
    await user.type(screen.getByRole('textbox', { name: 'Vuosi' }), '2026');
    await user.type(screen.getByRole('textbox', { name: /Vuokra/ }), 'paljon');
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(onSubmit).not.toHaveBeenCalled();

    const heading = screen.getByRole('heading', { name: 'Tarkista seuraavat kohdat' });
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.fi',
      '31.2.2026 ei ole olemassa oleva päivämäärä. Tarkista päivä ja kuukausi',
      'Kirjoita luku numeroina, esimerkiksi 1\u00a0234,5',
    ]);
    const email = screen.getByRole('textbox', { name: /Sähköposti/ });
    await waitFor(() => expect(links[1]).toHaveAttribute('href', '#dob-day'));
    expect(links[0]).toHaveAttribute('href', `#${email.id}`);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('aino');
    expect(screen.getByRole('textbox', { name: /Vuokra/ })).toHaveAccessibleDescription(
      'Virhe: Kirjoita luku numeroina, esimerkiksi 1\u00a0234,5',
    );
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Kuukausi' })).not.toHaveAttribute('aria-invalid');

    // A link click moves focus to the field.
    await user.click(links[2]!);
    expect(screen.getByRole('textbox', { name: /Vuokra/ })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: /31\.2\.2026/ }));
    expect(screen.getByRole('textbox', { name: 'Päivä' })).toHaveFocus();

    expect(await axe(document.body)).toHaveNoViolations();

    // Fix everything and submit: the summary goes and the submit goes through.
    await user.clear(email);
    await user.type(email, 'aino@esimerkki.fi');
    await user.clear(screen.getByRole('textbox', { name: 'Päivä' }));
    await user.type(screen.getByRole('textbox', { name: 'Päivä' }), '28');
    await user.clear(screen.getByRole('textbox', { name: /Vuokra/ }));
    await user.type(screen.getByRole('textbox', { name: /Vuokra/ }), '850');
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  }, 30_000);

  it('shows errors given from outside (a server answer) and gives children the errors', async () => {
    render(
      <Form errors={{ email: 'Sähköpostiosoite on jo käytössä' }} summaryTitle="Hakemusta ei lähetetty">
        {({ errorFor }) => <TextInput label="Sähköposti" name="email" id="email" error={errorFor('email')} />}
      </Form>,
    );
    const heading = screen.getByRole('heading', { name: 'Hakemusta ei lähetetty' });
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Sähköpostiosoite on jo käytössä' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Virhe: Sähköpostiosoite on jo käytössä');
  });

  it('links a radio group to its fieldset', async () => {
    const user = userEvent.setup();
    render(
      <Form onValidate={(fd) => ({ contact: fd.get('contact') ? undefined : 'Valitse yhteystapa' })}>
        <fieldset id="contact-group">
          <legend>Yhteystapa</legend>
          <label>
            <input type="radio" name="contact" value="email" /> Sähköposti
          </label>
          <label>
            <input type="radio" name="contact" value="phone" /> Puhelin
          </label>
        </fieldset>
        <button type="submit">Lähetä</button>
      </Form>,
    );
    await user.click(screen.getByRole('button'));
    const link = screen.getByRole('link', { name: 'Valitse yhteystapa' });
    await waitFor(() => expect(link).toHaveAttribute('href', '#contact-group'));
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Sähköposti' })).toHaveFocus();
  });
});

/**
 * The react-hook-form contract without react-hook-form: `register(name)` returns `{ name, ref, onChange,
 * onBlur }`; the library keeps the element from the ref callback and reads `event.target.name/value` from the
 * events. Each Aukio input must pass all four to its native input.
 */
function makeRegister() {
  const elements = new Map<string, HTMLInputElement | null>();
  const values = new Map<string, string>();
  const touched = new Set<string>();
  const register = (name: string) => ({
    name,
    ref: (el: HTMLInputElement | null) => {
      elements.set(name, el);
    },
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      values.set(event.target.name, event.target.type === 'file' ? String(event.target.files?.length ?? 0) : event.target.value);
    },
    onBlur: (event: FocusEvent<HTMLInputElement>) => {
      touched.add(event.target.name);
    },
  });
  return { register, elements, values, touched };
}

describe('form library contract (react-hook-form register)', () => {
  it('NumberInput, SearchInput, FileInput and TextInput register, report changes and blur', async () => {
    const user = userEvent.setup();
    const { register, elements, values, touched } = makeRegister();
    render(
      <form>
        <TextInput label="Nimi" {...register('name')} />
        <NumberInput label="Vuokra" {...register('rent')} />
        <SearchInput label="Hae palveluista" landmark={false} {...register('q')} />
        <FileInput label="Liite" {...register('attachment')} />
      </form>,
    );
    for (const name of ['name', 'rent', 'q', 'attachment']) {
      expect(elements.get(name)?.tagName, name).toBe('INPUT');
      expect(elements.get(name)).toHaveAttribute('name', name);
    }
    await user.type(screen.getByRole('textbox', { name: /Nimi/ }), 'Aino');
    await user.type(screen.getByRole('textbox', { name: /Vuokra/ }), '1 234,5');
    await user.type(screen.getByRole('searchbox', { name: 'Hae palveluista' }), 'uimahalli');
    await user.upload(screen.getByLabelText(/Liite/), new File(['x'], 'a.pdf', { type: 'application/pdf' }));
    await user.click(document.body);
    expect(Object.fromEntries(values)).toEqual({ name: 'Aino', rent: '1 234,5', q: 'uimahalli', attachment: '1' });
    expect(touched).toEqual(new Set(['name', 'rent', 'q', 'attachment']));

    // The clear button goes through onChange too, so the library sees the empty value.
    await user.click(screen.getByRole('button', { name: 'Tyhjennä haku' }));
    expect(values.get('q')).toBe('');
  });

  it('DateInput forwards ref to its first part for a Controller', () => {
    const ref = vi.fn();
    render(<DateInput legend="Syntymäaika" name="dob" ref={ref} onValueChange={() => {}} onBlur={() => {}} />);
    expect(ref).toHaveBeenCalledWith(screen.getByRole('textbox', { name: 'Päivä' }));
  });
});

// Every field, each with the name its error is keyed by. No field is given an `error` prop: the form's
// errors reach each of them by name alone.
const everyField = [
  { name: 'text', role: 'textbox', label: 'Nimi', field: <TextInput label="Nimi" name="text" /> },
  { name: 'area', role: 'textbox', label: 'Viesti', field: <Textarea label="Viesti" name="area" /> },
  { name: 'pass', role: null, label: 'Salasana', field: <PasswordInput label="Salasana" name="pass" autoComplete="current-password" /> },
  { name: 'num', role: 'textbox', label: 'Vuokra', field: <NumberInput label="Vuokra" name="num" validateOn="submit" /> },
  { name: 'search', role: 'searchbox', label: 'Hae', field: <SearchInput label="Hae" name="search" landmark={false} /> },
  { name: 'file', role: null, label: 'Liite', field: <FileInput label="Liite" name="file" /> },
  { name: 'select', role: 'combobox', label: 'Kunta', field: <Select label="Kunta" name="select" options={[{ value: 'hki', label: 'Helsinki' }]} /> },
  { name: 'terms', role: 'checkbox', label: 'Hyväksyn ehdot', field: <Checkbox label="Hyväksyn ehdot" name="terms" /> },
  { name: 'date', role: 'group', label: 'Muuttopäivä', field: <DateInput legend="Muuttopäivä" name="date" validateOn="submit" /> },
  { name: 'pets', role: 'group', label: 'Lemmikit', field: <CheckboxGroup legend="Lemmikit" name="pets" options={[{ value: 'cat', label: 'Kissa' }]} /> },
  { name: 'size', role: 'group', label: 'Koko', field: <RadioGroup legend="Koko" name="size" options={[{ value: 's', label: 'Pieni' }]} /> },
  { name: 'address', role: 'group', label: 'Osoite', field: <Fieldset legend="Osoite" name="address"><TextInput label="Katu" name="street" /></Fieldset> },
] as const;

describe('every field reads its error from <Form> by name', () => {
  const message = (name: string) => `Korjaa kenttä ${name}`;
  function Every() {
    return (
      <AukioProvider locale="fi">
        <Form onValidate={() => Object.fromEntries(everyField.map((f) => [f.name, message(f.name)]))}>
          {everyField.map((f) => (
            <div key={f.name}>{f.field}</div>
          ))}
          <button type="submit">Lähetä</button>
        </Form>
      </AukioProvider>
    );
  }
  const controlOf = (f: (typeof everyField)[number]) => (f.role ? screen.getByRole(f.role, { name: new RegExp(`^${f.label}`) }) : screen.getByLabelText(new RegExp(`^${f.label}`)));

  it('shows each message on its field, in its description and with aria-invalid, and passes axe', async () => {
    const user = userEvent.setup();
    const { container } = render(<Every />);
    for (const f of everyField) expect(controlOf(f)).not.toHaveAccessibleDescription(new RegExp(message(f.name)));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    for (const f of everyField) {
      const control = controlOf(f);
      // The field's own message: once in the summary (a link) and once at the field, in its description.
      expect(control, f.name).toHaveAccessibleDescription(new RegExp(message(f.name)));
      // Groups put aria-invalid on their boxes (not on radios: ARIA does not allow it there), fields on the control.
      const invalid = f.role === 'group' ? control.querySelectorAll('[aria-invalid="true"]').length > 0 : control.getAttribute('aria-invalid') === 'true';
      expect(invalid, f.name).toBe(f.name !== 'size' && f.name !== 'address');
      expect(control.closest('[data-invalid]'), f.name).not.toBeNull();
    }
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lets an error prop win over the form, and shows nothing for a name the form has no error for', async () => {
    render(
      <Form errors={{ text: 'Lomakkeen virhe' }}>
        <TextInput label="Nimi" name="text" error="Oma virhe" />
        <Textarea label="Viesti" name="other" />
      </Form>,
    );
    expect(screen.getByRole('textbox', { name: /^Nimi/ })).toHaveAccessibleDescription(/Oma virhe/);
    expect(screen.getByRole('textbox', { name: /^Viesti/ })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: /^Viesti/ })).not.toHaveAttribute('aria-describedby');
  });
});

describe('aria-describedby lists only elements that are rendered', () => {
  const empties = [undefined, null, false, ''] as const;
  it.each(empties)('with hint and error %j, on every field', (empty) => {
    const { container } = render(
      <Form errors={{ address: empty, size: empty, pets: empty }}>
        <TextInput label="Nimi" hint={empty} error={empty} prefix="" suffix="" />
        <Textarea label="Viesti" hint={empty} error={empty} />
        <PasswordInput label="Salasana" autoComplete="current-password" hint={empty} error={empty} />
        <NumberInput label="Vuokra" hint={empty} error={empty} />
        <SearchInput label="Hae" hint={empty} error={empty} landmark={false} />
        <FileInput label="Liite" hint={empty} error={empty} />
        <Select label="Kunta" hint={empty} error={empty} />
        <Checkbox label="Ehdot" hint={empty} error={empty} />
        <DateInput legend="Päivä" hint={empty} error={empty} />
        <CheckboxGroup legend="Lemmikit" name="pets" hint={empty} options={[{ value: 'cat', label: 'Kissa', hint: empty }]} />
        <RadioGroup legend="Koko" name="size" hint={empty} options={[{ value: 's', label: 'Pieni', hint: empty }]} />
        <Fieldset legend="Osoite" name="address" hint={empty}>
          <TextInput label="Katu" />
        </Fieldset>
      </Form>,
    );
    const described = Array.from(container.querySelectorAll('[aria-describedby]'));
    for (const el of described) {
      for (const id of el.getAttribute('aria-describedby')!.split(' ')) {
        expect(document.getElementById(id), `${el.outerHTML.slice(0, 80)} → #${id}`).not.toBeNull();
      }
    }
    expect(container.querySelector('[aria-invalid]')).toBeNull();
  });
});

