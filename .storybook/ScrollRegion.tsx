import { useLayoutEffect, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';

/** The name of a wide table's box: its caption, else the heading it stands under, else its column headers. */
function nameFor(box: HTMLElement): string {
  const caption = box.querySelector('caption')?.textContent?.trim();
  if (caption) return caption;
  for (let el = box.previousElementSibling; el; el = el.previousElementSibling) {
    if (/^H[1-6]$/.test(el.tagName)) return `${el.textContent?.trim()} (table)`;
  }
  const headers = [...box.querySelectorAll('thead th')].map((th) => th.textContent?.trim()).filter(Boolean);
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}

/**
 * A wide table on a docs page scrolls sideways in its own box, not the page (WCAG 1.4.10 at 320 CSS px). While it
 * is wider than the page the box is a named region that Tab reaches, so it can be scrolled without a mouse;
 * otherwise it is a plain box and adds no tab stop.
 */
export function ScrollRegion({ label, children }: { label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [name, setName] = useState(label);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    if (!label) setName(nameFor(box));
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [label]);
  return (
    <div
      ref={ref}
      className="aukio-docs-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': name, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}

/** A Markdown table on a docs page (MDX `table`): in a ScrollRegion. */
export function DocsTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <ScrollRegion>
      <table {...props} />
    </ScrollRegion>
  );
}

/**
 * A GitHub task-list box (`- [ ] item`) on a docs page: a checklist to read, not a form, so a box drawn as text
 * (an unlabelled disabled checkbox is what Markdown would give).
 */
export function DocsTaskBox(props: ComponentPropsWithoutRef<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return (
    <span className="aukio-docs-taskbox" aria-hidden="true">
      {props.checked ? '☑' : '☐'}{' '}
    </span>
  );
}
