// Shared by the transcript tests (scripts/sr/*.sr.ts, run from all.transcript.ts by the Vitest project `sr`):
// one desktop with Orca and one Chromium window, every story opened in that same window from the built
// Storybook.
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '@aukio/a11y/server';
import { runScenario, screenReaderUnavailable, startScreenReader, type ScreenReader, type Step } from '@aukio/a11y/screen-reader';

export const storybookDir = process.env.AUKIO_SR_STORYBOOK ?? 'storybook-static';
/** Why these tests cannot run here, shown as the skip reason. */
export const unavailable = screenReaderUnavailable();

let sr: ScreenReader | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;

/** Starts the screen reader for the test file (call at the top of the file). */
export function withScreenReader(): void {
  beforeAll(async () => {
    if (unavailable) return;
    server = await serveStatic(storybookDir);
    sr = await startScreenReader();
  }, 90_000);
  afterAll(async () => {
    await sr?.stop();
    await server?.close();
  }, 30_000);
}

export function screenReader(): ScreenReader {
  if (!sr) throw new Error('screen reader not started: call withScreenReader() in the test file');
  return sr;
}

/** The URL of a story of the built Storybook, rendered alone. */
export function storyUrl(id: string): string {
  if (!server) throw new Error('Storybook server not started');
  return `${server.url}/iframe.html?id=${id}&viewMode=story`;
}

/**
 * Opens a story and checks what Orca says key by key (retrying a failed sequence once, flaky if it then
 * passes). Records the result for the stage summary. `fromTop: false` keeps the focus the story's play
 * function left (e.g. in an open list or dialog).
 */
export async function hear(story: string, steps: Step[], options: { fromTop?: boolean } = {}): Promise<void> {
  const s = screenReader();
  const result = await runScenario(s, { name: story, url: storyUrl(story), ready: '#storybook-root > *', fromTop: options.fromTop, steps });
  if (process.env.AUKIO_SR_REPORT) {
    appendFileSync(process.env.AUKIO_SR_REPORT, `${JSON.stringify({ ...result, versions: s.versions })}\n`);
  }
}
