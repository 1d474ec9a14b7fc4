// Types of client-boundary.mjs (the build's client/server decision and check), for the tests.
export interface ModuleAnalysis {
  directive: boolean;
  reasons: string[];
  client: boolean;
  barrel: boolean;
  imports: string[];
  reexports: { from: string; names: '*' | { local: string; exported: string }[] }[];
  exports: { name: string; pure: boolean }[];
}
export function analyzeModule(code: string, file: string): ModuleAnalysis;
export function checkClientDirectives(modules: { file: string; code: string }[]): string[];
export function clientModulesReachedFrom(
  entry: string,
  resolve: (spec: string, from: string) => string | null,
  read: (path: string) => string,
): { modules: string[]; client: { file: string; reasons: string[] }[] };
