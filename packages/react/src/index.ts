export * from './i18n';
export * from './Button';
export * from './Link';
export * from './SkipLink';
export * from './TextInput';
export * from './VisuallyHidden';

// -- forms-a --
// -- forms-b --
// -- structure-a --
// -- structure-b --
// -- patterns-a --
// -- patterns-b --
// -- themes --
// -- mydata --
