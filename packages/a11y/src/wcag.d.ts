export declare function criteriaFromTags(tags: string[]): string[];
export declare function compareCriteria(a: string, b: string): number;
export declare const checkCriteria: Record<string, string[]>;
export declare const successCriteria: Readonly<Record<string, { name: string; level: 'A' | 'AA' | 'AAA' }>>;
