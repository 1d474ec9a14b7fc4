import { Children, cloneElement, isValidElement, version, type ReactElement, type ReactNode, type Ref } from 'react';
import { cx } from './cx';
import { mergeRefs } from './mergeRefs';

type AnyProps = Record<string, unknown>;

const reactMajor = Number.parseInt(version, 10);

/**
 * The `asChild` pattern: renders the single child element (a router link, an `<a>`) with the component's
 * props merged in — class names joined, event handlers of both called (the child's first), refs merged —
 * and `wrap` putting the component's own decoration around the child's content.
 */
export function renderAsChild(
  children: ReactNode,
  props: AnyProps,
  ref: Ref<HTMLElement> | undefined,
  wrap: (childContent: ReactNode) => ReactNode,
): ReactElement | null {
  const child = Children.only(children);
  if (!isValidElement<AnyProps>(child)) return null;
  const childProps = child.props;
  const merged: AnyProps = { ...props, ...childProps };
  for (const key of Object.keys(props)) {
    const ours = props[key];
    const theirs = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof ours === 'function' && typeof theirs === 'function') {
      merged[key] = (...args: unknown[]) => {
        theirs(...args);
        ours(...args);
      };
    }
  }
  merged.className = cx(props.className as string, childProps.className as string);
  // React 19 passes ref as a prop; React 18 keeps it on the element.
  const childRef = (reactMajor >= 19 ? childProps.ref : (child as unknown as { ref?: Ref<HTMLElement> }).ref) as
    | Ref<HTMLElement>
    | undefined;
  merged.ref = mergeRefs(ref, childRef);
  return cloneElement(child, merged, wrap(childProps.children as ReactNode));
}
