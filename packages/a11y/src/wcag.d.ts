export declare function criteriaFromTags(tags: string[]): string[];
export declare function compareCriteria(a: string, b: string): number;
export declare const checkCriteria: Record<string, string[]>;
export declare const successCriteria: Readonly<Record<string, { name: string; level: 'A' | 'AA' | 'AAA' }>>;
export declare const requiredLevels: readonly ['A', 'AA'];
export declare function levelOf(criterion: string): 'A' | 'AA' | 'AAA' | undefined;
export declare function criterionProblem(criterion: unknown): string | undefined;
export declare function findingLevel(criteria: string[]): 'A' | 'AA' | 'AAA' | null;
export declare function isAdvisory(criteria: string[]): boolean;
