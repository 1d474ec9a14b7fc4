export declare function criteriaFromTags(tags: string[]): string[];
export declare function compareCriteria(a: string, b: string): number;
export declare const checkCriteria: Record<string, string[]>;
