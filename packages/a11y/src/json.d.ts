export declare class InputError extends Error {
  constructor(message: string, where?: { file?: string; line?: number; column?: number });
  file?: string;
  line?: number;
  column?: number;
}
export declare function lineColumn(text: string, offset: number): { line: number; column: number };
export declare function parseJson(text: string, file: string): unknown;
export declare function readJsonFile(path: string): { value: unknown; text: string };
export declare function scanJson(text: string, visit?: (path: string, offset: number) => void): number;
export declare function valueOffsets(text: string): Map<string, number>;
export declare function errorOffset(text: string): number;
export declare function isIsoDate(value: unknown): value is string;
