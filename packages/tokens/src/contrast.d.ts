export declare function parseHex(hex: string): [number, number, number];
export declare function relativeLuminance(hex: string): number;
export declare function contrastRatio(a: string, b: string): number;
export declare const contrastThresholds: { readonly text: number; readonly ui: number };
