import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { TextInput } from '../TextInput';
import { Fieldset } from './Fieldset';

describe('Fieldset', () => {
  it('groups fields under a legend that names the group', async () => {
    const user = userEvent.setup();
    render(
      <Fieldset legend="Home address" hint="Where you live now">
        <TextInput label="Street address" autoComplete="street-address" />
        <TextInput label="Postal code" autoComplete="postal-code" width="5" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Home address' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveAccessibleDescription('Where you live now');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /Street address/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: /Postal code/ })).toHaveFocus();
  });

  it('renders the legend as a heading at the chosen level and size', () => {
    render(
      <Fieldset legend="What is your address?" headingLevel={1} legendSize="l">
        <TextInput label="Street" />
      </Fieldset>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'What is your address?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What is your address?' }).querySelector('legend')).toHaveAttribute('data-size', 'l');
  });

  it('still takes the deprecated legendAs, with one development warning; headingLevel wins when both are given', async () => {
    await expectOneDeprecationWarning('Fieldset', 'legendAs', () => {
      render(
        <>
          <Fieldset legend="Old name" legendAs="h3">
            <TextInput label="A" />
          </Fieldset>
          <Fieldset legend="Both names" legendAs="h3" headingLevel={2}>
            <TextInput label="B" />
          </Fieldset>
        </>,
      );
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Old name' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Both names' })).toBeInTheDocument();
  });

  it('shows a group error with the translated prefix', () => {
    render(
      <AukioProvider locale="sv">
        <Fieldset legend="Adress" error="Ange hela adressen">
          <TextInput label="Gata" />
        </Fieldset>
      </AukioProvider>,
    );
    expect(screen.getByRole('group', { name: 'Adress' })).toHaveAccessibleDescription('Fel: Ange hela adressen');
  });

  it('describes the field Tab enters on with the group’s hint and error, not every field after it', async () => {
    // Orca reads a fieldset's name but not its description on entering the group (scripts/sr/states.sr.ts).
    const user = userEvent.setup();
    render(
      <AukioProvider locale="en">
        <Fieldset legend="Home address" hint="Where you live now." error="Enter your full address">
          <TextInput label="Street address" hint="Street and number" />
          <TextInput label="Postal code" />
        </Fieldset>
      </AukioProvider>,
    );
    const group = 'Where you live now. Error: Enter your full address';
    const street = screen.getByRole('textbox', { name: /Street address/ });
    const postal = screen.getByRole('textbox', { name: /Postal code/ });
    expect(street).toHaveAccessibleDescription(`Street and number ${group}`);
    expect(postal).toHaveAccessibleDescription(group);
    await user.tab();
    expect(street).toHaveFocus();
    expect(street).toHaveAccessibleDescription(`Street and number ${group}`);
    await user.tab();
    expect(postal).toHaveFocus();
    expect(postal).toHaveAccessibleDescription('');
    await user.tab();
    expect(postal).toHaveAccessibleDescription(group);
  });

  it('marks the legend in words only when asked', () => {
    render(
      <Fieldset legend="Contact person" necessityIndicator="optional">
        <TextInput label="Name" />
      </Fieldset>,
    );
    expect(screen.getByRole('group', { name: 'Contact person (valinnainen)' })).toBeInTheDocument();
  });

  it('disables every field inside and forwards ref and props', () => {
    const ref = createRef<HTMLFieldSetElement>();
    render(
      <Fieldset ref={ref} legend="Address" disabled data-testid="f" name="address">
        <TextInput label="Street" />
      </Fieldset>,
    );
    expect(ref.current).toBe(screen.getByTestId('f'));
    expect(ref.current).toHaveAttribute('name', 'address');
    expect(screen.getByRole('textbox', { name: /Street/ })).toBeDisabled();
  });

  it('has no axe violations in its states', async () => {
    const { container } = render(
      <div>
        <Fieldset legend="Plain">
          <TextInput label="A" />
        </Fieldset>
        <Fieldset legend="Heading" headingLevel={2} hint="Hint">
          <TextInput label="B" />
        </Fieldset>
        <Fieldset legend="Error" error="Fix this">
          <TextInput label="C" />
        </Fieldset>
        <Fieldset legend="Disabled" disabled>
          <TextInput label="D" />
        </Fieldset>
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a Fieldset needs a legend
export const noLegend = <Fieldset>x</Fieldset>;
