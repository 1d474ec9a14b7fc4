import type { audit } from './audit.js';
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  audit: typeof audit;
}
export declare function parseArgs(argv: string[]): { command: string; flags: Record<string, string | string[] | boolean | undefined> };
export declare function main(argv: string[], io?: Partial<Io>): Promise<number>;
