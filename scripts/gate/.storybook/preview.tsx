// Exactly the project's preview: same decorators and the same a11y parameters ('error', same rules).
export { default } from '../../../.storybook/preview.tsx';
