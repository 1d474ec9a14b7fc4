import { forwardRef, type HTMLAttributes } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { skeletonMessages } from '../i18n/messages/skeleton';

export interface SkeletonProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** `text` (lines, default), `rect` (an image or card area) or `circle` (an avatar). */
  shape?: 'text' | 'rect' | 'circle';
  /** Number of text lines (default 3); the last is shorter. Ignored for `rect` and `circle`. */
  lines?: number;
  /** What screen readers hear while loading. Defaults to the translated "Sisältöä ladataan". */
  label?: string;
}

/**
 * Grey placeholder blocks where content will appear. The blocks are hidden from assistive technology;
 * a visually hidden `role="status"` says "loading" in words instead.
 */
export const Skeleton = forwardRef<HTMLDivElement, SkeletonProps>(function Skeleton(
  { shape = 'text', lines = 3, label, className, ...rest },
  ref,
) {
  const strings = useStrings(skeletonMessages);
  const count = shape === 'text' ? Math.max(1, Math.floor(lines)) : 1;
  return (
    <div ref={ref} className={cx('aukio-skeleton', className)} data-shape={shape} {...rest}>
      <span role="status" className="aukio-visually-hidden">
        {label || strings['skeleton.label']}
      </span>
      <div className="aukio-skeleton__blocks" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <span key={i} className="aukio-skeleton__block" data-last={shape === 'text' && count > 1 && i === count - 1 ? '' : undefined} />
        ))}
      </div>
    </div>
  );
});
