// jest-axe configured with the same rules as the browser story tests (@aukio/a11y/axe-config).
import { axeRunOptions } from '@aukio/a11y/axe-config';
import { configureAxe } from 'jest-axe';

export const axe = configureAxe(axeRunOptions as Parameters<typeof configureAxe>[0]);
