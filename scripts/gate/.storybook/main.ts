// The gate's own configuration: the project's Storybook configuration, with fixture stories only.
import base from '../../../.storybook/main.ts';

export default { ...base, stories: ['../fixtures/*.stories.tsx'] };
