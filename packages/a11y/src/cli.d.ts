export declare function parseArgs(argv: string[]): { command: string; flags: Record<string, string[]> };
export declare function main(argv: string[]): Promise<number>;
