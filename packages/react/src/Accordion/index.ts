export { Accordion, type AccordionProps, type AccordionItemProps, type AccordionHeadingLevel } from './Accordion';
