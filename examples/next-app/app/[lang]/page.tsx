// Front page, a Server Component. Compound components are used through their named parts (TabsList, TabsTab,
// TabsPanel, AccordionItem, DialogActions, DialogClose): a dot part such as Tabs.List is a property of a client
// component, which does not cross from the server to the client.
import {
  Accordion,
  AccordionItem,
  Button,
  Dialog,
  DialogActions,
  DialogClose,
  Heading,
  Link,
  Stack,
  Tabs,
  TabsList,
  TabsPanel,
  TabsTab,
  Text,
} from '@aukio/react';
import { langOf } from '../../lib/params';
import { Shell } from '../../lib/Shell';
import { strings } from '../../lib/strings';

export default async function FrontPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = strings[lang];
  return (
    <Shell lang={lang} path="">
      <Stack gap={6}>
        <Heading level={1}>{t.frontTitle}</Heading>
        <Text>{t.frontIntro}</Text>
        <Tabs defaultValue="price">
          <TabsList aria-label={t.infoTabs}>
            <TabsTab value="price">{t.priceTab}</TabsTab>
            <TabsTab value="who">{t.whoTab}</TabsTab>
          </TabsList>
          <TabsPanel value="price">
            <Text>{t.priceText}</Text>
          </TabsPanel>
          <TabsPanel value="who">
            <Text>{t.whoText}</Text>
          </TabsPanel>
        </Tabs>
        <Dialog title={t.helpTitle} trigger={<Button variant="secondary">{t.openHelp}</Button>}>
          <Text>{t.helpText}</Text>
          <DialogActions>
            <DialogClose variant="primary">{t.gotIt}</DialogClose>
          </DialogActions>
        </Dialog>
        <Heading level={2}>{t.faq}</Heading>
        <Accordion headingLevel={3}>
          <AccordionItem value="time" title={t.faqQuestion}>
            <Text>{t.faqAnswer}</Text>
          </AccordionItem>
        </Accordion>
        <Text>
          <Link href={`/${lang}/apply`}>{t.apply}</Link>
        </Text>
        <Text>
          <Link href={`/${lang}/timed`}>{t.timedLink}</Link>
        </Text>
      </Stack>
    </Shell>
  );
}
