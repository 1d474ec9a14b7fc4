import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Checkbox } from '../Checkbox';
import { TextInput } from '../TextInput';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { CheckboxGroup } from './CheckboxGroup';

const options = [
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'Text message', hint: 'To a Finnish mobile number' },
  { value: 'letter', label: 'Letter' },
];

async function announced(): Promise<string> {
  await act(() => new Promise((r) => setTimeout(r, 150)));
  return document.getElementById('aukio-announcer-polite')?.textContent ?? '';
}

describe('CheckboxGroup', () => {
  it('is a named group with hint and the optional marker, options from data', () => {
    render(<CheckboxGroup legend="How should we contact you?" hint="Select all that apply." name="contact" options={options} />);
    const group = screen.getByRole('group', { name: 'How should we contact you? (valinnainen)' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveAccessibleDescription('Select all that apply.');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    // Its own hint first, then the group's (heard on entering the group; see the next tests).
    expect(screen.getByRole('checkbox', { name: 'Text message' })).toHaveAccessibleDescription('To a Finnish mobile number Select all that apply.');
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAttribute('name', 'contact');
  });

  it('renders the legend as a heading when asked', () => {
    render(<CheckboxGroup legend="Which services?" headingLevel={1} legendSize="l" options={options} />);
    expect(screen.getByRole('heading', { level: 1, name: /Which services\?/ })).toBeInTheDocument();
  });

  it('still takes the deprecated legendAs as the heading, with one development warning', async () => {
    await expectOneDeprecationWarning('CheckboxGroup', 'legendAs', () => {
      render(<CheckboxGroup legend="Which services?" legendAs="h2" options={options} />);
    });
    expect(screen.getByRole('heading', { level: 2, name: /Which services\?/ })).toBeInTheDocument();
  });

  it('reports the checked values, uncontrolled, with keyboard and pointer', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<CheckboxGroup legend="Contact" defaultValue={['letter']} onValueChange={onValueChange} options={options} />);
    await user.click(screen.getByText('Email'));
    expect(onValueChange).toHaveBeenLastCalledWith(['letter', 'email'], expect.anything());
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Text message' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onValueChange).toHaveBeenLastCalledWith(['letter', 'email', 'sms'], expect.anything());
    await user.click(screen.getByRole('checkbox', { name: 'Letter' }));
    expect(onValueChange).toHaveBeenLastCalledWith(['email', 'sms'], expect.anything());
    expect(screen.getByRole('checkbox', { name: 'Letter' })).not.toBeChecked();
  });

  it('still calls the deprecated onChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('CheckboxGroup', 'onChange', async () => {
      const onChange = vi.fn();
      render(<CheckboxGroup legend="Contact" defaultValue={['letter']} onChange={onChange} options={options} />);
      await user.click(screen.getByText('Email'));
      expect(onChange).toHaveBeenLastCalledWith(['letter', 'email'], expect.anything());
    });
  });

  it('works controlled, with Checkbox children', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string[]>(['a']);
      return (
        <>
          <CheckboxGroup legend="Pick" value={value} onValueChange={setValue}>
            <Checkbox value="a" label="A" />
            <Checkbox value="b" label="B" />
          </CheckboxGroup>
          <output>{value.join(',')}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('checkbox', { name: 'A' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'B' }));
    expect(screen.getByRole('status')).toHaveTextContent('a,b');
  });

  it('marks every box invalid and describes the group with the error', () => {
    render(
      <AukioProvider locale="en">
        <CheckboxGroup legend="Contact" error="Select how we should contact you" options={options} />
      </AukioProvider>,
    );
    expect(screen.getByRole('group', { name: /Contact/ })).toHaveAccessibleDescription(
      'Error: Select how we should contact you',
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('describes the box Tab lands on with the group’s hint and error, once per visit to the group', async () => {
    // Orca reads a fieldset's name but not its description on entering the group (scripts/sr/states.sr.ts).
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <CheckboxGroup
          legend="Contact"
          hint="Select all that apply."
          error="Select how we should contact you"
          options={[...options, { value: 'phone', label: 'Phone', conditional: <TextInput label="Phone number" name="phone" /> }]}
          defaultValue={['phone']}
        />
        <button type="button">Continue</button>
      </AukioProvider>,
    );
    const group = 'Select all that apply. Error: Select how we should contact you';
    const email = screen.getByRole('checkbox', { name: 'Email' });
    const sms = screen.getByRole('checkbox', { name: 'Text message' });
    expect(email).toHaveAccessibleDescription(group);
    expect(sms).toHaveAccessibleDescription(`To a Finnish mobile number ${group}`);
    await user.tab();
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription(group);
    await user.tab();
    expect(sms).toHaveFocus();
    expect(sms).toHaveAccessibleDescription('To a Finnish mobile number');
    // A follow-up question's field is not an option: never described by the group.
    const phone = screen.getByRole('textbox', { name: /Phone number/ });
    expect(phone).not.toHaveAccessibleDescription(/Select how/);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(phone).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'Phone' })).toHaveAccessibleDescription('');
    // Leaving the group (Shift+Tab back in lands on the follow-up field, then the last box).
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    expect(email).toHaveAccessibleDescription(group);
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('checkbox', { name: 'Phone' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'Phone' })).toHaveAccessibleDescription(group);
    expect(email).toHaveAccessibleDescription('');
  });

  it('"none of these" unchecks the others, and the others uncheck it, with announcements', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <CheckboxGroup
          legend="Do you get any of these benefits?"
          defaultValue={['a', 'b']}
          options={[
            { value: 'a', label: 'Housing allowance' },
            { value: 'b', label: 'Child benefit' },
            { value: 'none', label: 'None of these', exclusive: true },
          ]}
        />
      </AukioProvider>,
    );
    expect(screen.getByText('or')).toBeInTheDocument();
    const none = screen.getByRole('checkbox', { name: 'None of these' });
    await user.click(none);
    expect(none).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Housing allowance' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Child benefit' })).not.toBeChecked();
    expect(await announced()).toBe('Other choices were unchecked.');

    await user.click(screen.getByRole('checkbox', { name: 'Child benefit' }));
    expect(none).not.toBeChecked();
    expect(await announced()).toBe('“None of these” was unchecked.');
  });

  it('announces in Finnish by default', async () => {
    const user = userEvent.setup();
    render(
      <CheckboxGroup
        legend="Etuudet"
        defaultValue={['none']}
        options={[
          { value: 'a', label: 'Asumistuki' },
          { value: 'none', label: 'Ei mikään näistä', exclusive: true },
        ]}
      />,
    );
    expect(screen.getByText('tai')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Asumistuki' }));
    expect(await announced()).toBe('Valinta ”Ei mikään näistä” poistettiin.');
  });

  it('reveals a follow-up question under a checked option and hides it again', async () => {
    const user = userEvent.setup();
    render(
      <CheckboxGroup
        legend="Contact"
        options={[
          { value: 'email', label: 'Email', conditional: <label>Email address<input type="email" /></label> },
          { value: 'letter', label: 'Letter' },
        ]}
      />,
    );
    const follow = screen.getByText('Email address').closest('.aukio-checkbox__conditional');
    expect(follow).toHaveAttribute('hidden');
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(follow).not.toHaveAttribute('hidden');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    expect(follow).toHaveAttribute('hidden');
  });

  it('posts checked values before JavaScript: server HTML has checked boxes and no hidden follow-ups', () => {
    const html = renderToString(
      <CheckboxGroup legend="Contact" name="contact" defaultValue={['email']}
        options={[{ value: 'email', label: 'Email' }, { value: 'sms', label: 'SMS', conditional: <p>Number</p> }]} />,
    );
    // Attribute order differs between React versions: find the email box, then check it is checked.
    const email = /<input[^>]*value="email"[^>]*>/.exec(html)?.[0] ?? '';
    expect(email).toContain('name="contact"');
    expect(email).toContain('checked=""');
    expect(html).toContain('Number');
    expect(html).not.toMatch(/hidden=""/);
  });

  it('forwards ref and props to the fieldset and disables every box', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(<CheckboxGroup ref={ref} legend="Contact" disabled data-testid="g" options={options} />);
    expect(ref.current).toBe(screen.getByTestId('g'));
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('hydrates the server HTML without mismatches', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = (
      <CheckboxGroup legend="Contact" name="c" defaultValue={['a']}
        options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B', conditional: <p>More about B</p> }]} />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    await act(async () => {
      hydrateRoot(container, ui);
    });
    expect(error).not.toHaveBeenCalled();
    // After hydration the unchecked option's follow-up is hidden.
    expect(container.querySelector('.aukio-checkbox__conditional')).toHaveAttribute('hidden');
    error.mockRestore();
    container.remove();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <CheckboxGroup legend="Plain" hint="Select all that apply" options={options} defaultValue={['sms']} />
        <CheckboxGroup legend="Error" error="Select one" options={options} />
        <CheckboxGroup legend="Disabled" disabled options={options} />
        <CheckboxGroup legend="Exclusive" options={[...options, { value: 'none', label: 'None', exclusive: true }]} />
        <CheckboxGroup
          legend="Conditional"
          defaultValue={['email']}
          options={[{ value: 'email', label: 'Email', conditional: <label>Address<input /></label> }]}
        />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a CheckboxGroup needs a legend
export const noLegend = <CheckboxGroup options={options} />;
// @ts-expect-error every option needs a label
export const unlabelledOption = <CheckboxGroup legend="Contact" options={[{ value: 'a' }]} />;
