import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { Tag, type TagVariant } from './Tag';

const variants: TagVariant[] = ['neutral', 'info', 'success', 'warning', 'error'];

describe('Tag', () => {
  it('is plain text by default', () => {
    render(<Tag>Pysäköinti</Tag>);
    expect(screen.getByText('Pysäköinti').tagName).toBe('SPAN');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('is a link with href, reachable with Tab and followed with Enter', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Tag href="/aiheet/pysakointi" variant="info" onClick={onClick}>
        Pysäköinti
      </Tag>,
    );
    const link = screen.getByRole('link', { name: 'Pysäköinti' });
    expect(link).toHaveAttribute('href', '/aiheet/pysakointi');
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('marks the variant for styling', () => {
    render(<Tag variant="warning">Vanhenee pian</Tag>);
    expect(screen.getByText('Vanhenee pian')).toHaveAttribute('data-variant', 'warning');
  });

  it('has no axe violations in any variant, as text and as link', async () => {
    const { container } = render(
      <p>
        {variants.map((v) => (
          <Tag key={v} variant={v}>
            {v}
          </Tag>
        ))}
        {variants.map((v) => (
          <Tag key={`l${v}`} variant={v} href={`#${v}`}>
            {`link ${v}`}
          </Tag>
        ))}
      </p>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a tag needs text
export const emptyTag = <Tag />;
