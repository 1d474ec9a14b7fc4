import { MDXProvider } from '@mdx-js/react';
import { AnchorMdx, CodeOrSourceMdx, Docs, HeadersMdx } from '@storybook/addon-docs/blocks';
import { Component, useLayoutEffect, type ComponentProps, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * Renders a docs page so that a toolbar change re-renders it in place instead of mounting it anew.
 *
 * Storybook's own docs renderer gives the page a new React key on every render, so a change of theme or
 * language unmounted every story on the page while Storybook was already re-rendering each of them for the
 * new globals. Tearing down a story that is still rendering makes Storybook reload the whole preview: the
 * page flashed, lost its scroll position, and without a manager around it (the docs-site check opens docs
 * pages on their own) came back in the default theme and language, so that check saw light Finnish pages in
 * its dark Swedish and English modes. Here the page keeps its key while it shows the same docs entry: the
 * stories re-render for the new globals, the rest of the page with them. Another docs entry, or a page after
 * an error, is mounted anew as before.
 */
type DocsRenderProps = ComponentProps<typeof Docs>;
type DocsContext = DocsRenderProps['context'];
type DocsParameter = DocsRenderProps['docsParameter'] & { components?: Record<string, unknown> };

class PageErrorBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Calls `done` once the tree above it has been committed. */
function Committed({ done, children }: { done: () => void; children: ReactNode }) {
  useLayoutEffect(done, [done]);
  return children;
}

const roots = new Map<HTMLElement, Root>();
const pageKeys = new WeakMap<object, number>();
let nextKey = 0;

export class AukioDocsRenderer {
  render = (context: DocsContext, docsParameter: DocsParameter, element: HTMLElement): Promise<void> =>
    new Promise((resolve, reject) => {
      let key = pageKeys.get(context);
      if (key === undefined) {
        key = ++nextKey;
        pageKeys.set(context, key);
      }
      const onError = (error: unknown) => {
        // The next render of this entry starts with a fresh page (and a fresh error boundary).
        pageKeys.delete(context);
        reject(error);
      };
      let root = roots.get(element);
      if (!root) {
        root = createRoot(element);
        roots.set(element, root);
      }
      const components = { code: CodeOrSourceMdx, a: AnchorMdx, ...HeadersMdx, ...docsParameter?.components };
      root.render(
        <Committed done={() => resolve()}>
          <PageErrorBoundary key={key} onError={onError}>
            <MDXProvider components={components}>
              <Docs context={context} docsParameter={docsParameter} />
            </MDXProvider>
          </PageErrorBoundary>
        </Committed>,
      );
    });

  unmount = (element: HTMLElement): void => {
    roots.get(element)?.unmount();
    roots.delete(element);
  };
}
