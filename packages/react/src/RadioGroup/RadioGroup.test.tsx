import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { Radio, RadioGroup } from './RadioGroup';

const options = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

describe('RadioGroup', () => {
  it('is a named group of native radios sharing one name', () => {
    render(<RadioGroup legend="Do you live in Helsinki?" hint="Your home municipality" name="resident" required options={options} />);
    const group = screen.getByRole('group', { name: 'Do you live in Helsinki?' });
    expect(group).toHaveAccessibleDescription('Your home municipality');
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    for (const r of radios) {
      expect(r).toHaveAttribute('name', 'resident');
      expect(r).toBeRequired();
    }
  });

  it('generates a shared name when none is given, so arrow keys stay in the group', () => {
    render(<RadioGroup legend="Q" options={options} />);
    const [a, b] = screen.getAllByRole('radio');
    expect(a!.getAttribute('name')).toBeTruthy();
    expect(a!.getAttribute('name')).toBe(b!.getAttribute('name'));
  });

  it('chooses with click and Space, uncontrolled, and reports the value', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<RadioGroup legend="Q" defaultValue="no" onValueChange={onValueChange} options={options} />);
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    await user.click(screen.getByText('Yes'));
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith('yes', expect.anything());
  });

  it('still calls the deprecated onChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('RadioGroup', 'onChange', async () => {
      const onChange = vi.fn();
      render(<RadioGroup legend="Q" defaultValue="no" onChange={onChange} options={options} />);
      await user.click(screen.getByText('Yes'));
      expect(onChange).toHaveBeenLastCalledWith('yes', expect.anything());
    });
  });

  it('renders the legend as a heading at headingLevel, and still takes the deprecated legendAs with one warning', async () => {
    render(<RadioGroup legend="New name" headingLevel={1} options={options} />);
    expect(screen.getByRole('heading', { level: 1, name: /New name/ })).toBeInTheDocument();
    await expectOneDeprecationWarning('RadioGroup', 'legendAs', () => {
      render(<RadioGroup legend="Old name" legendAs="h4" options={options} />);
    });
    expect(screen.getByRole('heading', { level: 4, name: /Old name/ })).toBeInTheDocument();
  });

  it('moves and chooses with the arrow keys (the browser’s native radio behaviour)', async () => {
    const user = userEvent.setup();
    render(<RadioGroup legend="Q" defaultValue="yes" options={options} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'No' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('works controlled with Radio children and option hints', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState('post');
      return (
        <>
          <RadioGroup legend="Delivery" value={value} onValueChange={setValue} layout="stacked">
            <Radio value="post" label="Post" hint="3–5 working days" />
            <Radio value="pickup" label="Pick up" />
          </RadioGroup>
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('radio', { name: 'Post' })).toHaveAccessibleDescription('3–5 working days');
    await user.click(screen.getByRole('radio', { name: 'Pick up' }));
    expect(screen.getByRole('status')).toHaveTextContent('pickup');
  });

  it('describes the group with the error and its translated prefix', () => {
    render(
      <AukioProvider locale="sv">
        <RadioGroup legend="Bor du i Helsingfors?" required error="Välj ja eller nej" options={options} />
      </AukioProvider>,
    );
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Fel: Välj ja eller nej');
    // ARIA does not allow aria-invalid on radio: the group's description carries the error.
    for (const r of screen.getAllByRole('radio')) expect(r).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group')).toHaveAttribute('data-invalid');
  });

  it('describes the radio Tab lands on with the group’s hint and error, not every radio arrowed to', async () => {
    // Orca reads a fieldset's name but not its description on entering the group (scripts/sr/states.sr.ts).
    const user = userEvent.setup();
    render(
      <AukioProvider locale="sv">
        <button type="button">Före</button>
        <RadioGroup legend="Bor du i Helsingfors?" hint="Din hemkommun" required error="Välj ja eller nej" options={options} />
        <button type="button">Efter</button>
      </AukioProvider>,
    );
    const yes = screen.getByRole('radio', { name: 'Yes' });
    const no = screen.getByRole('radio', { name: 'No' });
    const group = 'Din hemkommun Fel: Välj ja eller nej';
    // Before focus enters, Tab (first radio) or Shift+Tab (last) may land on either.
    expect(yes).toHaveAccessibleDescription(group);
    expect(no).toHaveAccessibleDescription(group);
    await user.tab();
    await user.tab();
    expect(yes).toHaveFocus();
    expect(yes).toHaveAccessibleDescription(group);
    expect(no).toHaveAccessibleDescription('');
    await user.keyboard('{ArrowDown}');
    expect(no).toHaveFocus();
    expect(no).toHaveAccessibleDescription('');
    // Leaving the group and coming back (onto the chosen radio) describes it again.
    await user.tab();
    expect(no).toHaveAccessibleDescription(group);
    await user.tab({ shift: true });
    expect(no).toHaveFocus();
    expect(no).toHaveAccessibleDescription(group);
    expect(yes).toHaveAccessibleDescription('');
  });

  it('reveals the follow-up question of the chosen option only', async () => {
    const user = userEvent.setup();
    render(
      <RadioGroup
        legend="Contact"
        options={[
          { value: 'phone', label: 'Phone', conditional: <label>Phone number<input type="tel" /></label> },
          { value: 'email', label: 'Email', conditional: <label>Email address<input type="email" /></label> },
        ]}
      />,
    );
    const phone = screen.getByText('Phone number').closest('.aukio-radio__conditional');
    const email = screen.getByText('Email address').closest('.aukio-radio__conditional');
    expect(phone).toHaveAttribute('hidden');
    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    expect(phone).not.toHaveAttribute('hidden');
    expect(email).toHaveAttribute('hidden');
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    expect(phone).toHaveAttribute('hidden');
    expect(email).not.toHaveAttribute('hidden');
  });

  it('renders chosen radio and follow-ups in the server HTML (works before JavaScript)', () => {
    const html = renderToString(
      <RadioGroup legend="Q" name="q" defaultValue="no" options={[...options.slice(0, 1), { value: 'no', label: 'No', conditional: <p>Why not?</p> }]} />,
    );
    expect(html).toMatch(/name="q" checked="" value="no"/);
    expect(html).toContain('Why not?');
    expect(html).not.toMatch(/hidden=""/);
  });

  it('lays out inline and forwards ref to the fieldset', () => {
    const ref = createRef<HTMLFieldSetElement>();
    const { container } = render(<RadioGroup ref={ref} legend="Q" layout="inline" options={options} />);
    expect(ref.current?.tagName).toBe('FIELDSET');
    expect(container.querySelector('[data-layout="inline"]')).not.toBeNull();
  });

  it('forwards ref and handlers on each Radio for form libraries', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    render(
      <RadioGroup legend="Q" name="q">
        <Radio ref={ref} value="a" label="A" onChange={onChange} />
      </RadioGroup>,
    );
    await user.click(ref.current!);
    expect(onChange).toHaveBeenCalled();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <RadioGroup legend="Plain" hint="Choose one" options={options} defaultValue="yes" />
        <RadioGroup legend="Inline" layout="inline" options={options} />
        <RadioGroup legend="Error" error="Choose one" options={options} />
        <RadioGroup legend="Disabled" disabled options={options} />
        <RadioGroup legend="Conditional" defaultValue="a" options={[{ value: 'a', label: 'A', conditional: <label>More<input /></label> }]} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a RadioGroup needs a legend
export const noLegend = <RadioGroup options={options} />;
// @ts-expect-error every option needs a label
export const unlabelledOption = <RadioGroup legend="Q" options={[{ value: 'a' }]} />;
// @ts-expect-error a Radio needs a label and a value
export const unlabelledRadio = <Radio value="a" />;
