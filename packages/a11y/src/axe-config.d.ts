export declare const axeTags: string[];
export declare const disabledRules: Record<string, { enabled: false; reason: string }>;
export declare const axeRunOptions: {
  runOnly: { type: 'tag'; values: string[] };
  rules: Record<string, { enabled: boolean }>;
};
