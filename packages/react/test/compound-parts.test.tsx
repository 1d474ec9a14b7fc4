// Every part of a compound component is exported by name, for React Server Components, and is the very same
// component as the dot part that client code uses. Rendered on the server with the names only.
import { renderToString } from 'react-dom/server';
import * as api from '../src';
import { describe, expect, it } from 'vitest';
import {
  Accordion,
  AccordionItem,
  ActionMenu,
  ActionMenuItem,
  AukioProvider,
  Dialog,
  DialogActions,
  DialogClose,
  Tabs,
  TabsList,
  TabsPanel,
  TabsTab,
} from '../src';

describe('compound parts by name', () => {
  it('are the dot parts', () => {
    expect([TabsList, TabsTab, TabsPanel]).toEqual([Tabs.List, Tabs.Tab, Tabs.Panel]);
    expect([DialogClose, DialogActions]).toEqual([Dialog.Close, Dialog.Actions]);
    expect(AccordionItem).toBe(Accordion.Item);
    expect(ActionMenuItem).toBe(ActionMenu.Item);
  });

  it('every dot part of every exported component is also exported by name (<Component><Part>)', () => {
    const isComponent = (v: unknown) =>
      typeof v === 'function' || (typeof v === 'object' && v !== null && '$$typeof' in v && 'render' in v);
    const parts: string[] = [];
    for (const [name, value] of Object.entries(api)) {
      if (!/^[A-Z]/.test(name) || !isComponent(value)) continue;
      for (const [key, part] of Object.entries(value as object)) {
        if (!/^[A-Z]/.test(key) || !isComponent(part)) continue;
        parts.push(`${name}.${key}`);
        expect(api[`${name}${key}` as keyof typeof api], `${name}${key}`).toBe(part);
      }
    }
    expect(parts).toEqual(expect.arrayContaining(['Tabs.List', 'Dialog.Close', 'Accordion.Item', 'ActionMenu.Item']));
  });

  it('render on the server without the dot parts', () => {
    const html = renderToString(
      <AukioProvider locale="en">
        <Tabs defaultValue="a">
          <TabsList aria-label="Permit">
            <TabsTab value="a">Details</TabsTab>
            <TabsTab value="b">Payment</TabsTab>
          </TabsList>
          <TabsPanel value="a">Registration number</TabsPanel>
          <TabsPanel value="b">Card</TabsPanel>
        </Tabs>
        <Accordion headingLevel={2}>
          <AccordionItem value="who" title="Who can apply">Residents of the area.</AccordionItem>
        </Accordion>
      </AukioProvider>,
    );
    expect(html).toMatch(/role="tablist"[^>]*aria-label="Permit"/);
    expect(html.match(/role="tab"/g)).toHaveLength(2);
    expect(html).toContain('Who can apply');
  });
});
