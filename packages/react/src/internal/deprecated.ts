import { isDev, warnOnce } from './dev';

/**
 * A prop renamed under the API convention (docs/ApiConventions.mdx): the old name still works for one minor
 * version. Returns the new prop, else the old one, and warns once per component and prop in development
 * (the check folds away in production builds).
 */
export function renamedProp<T>(
  component: string,
  oldName: string,
  oldValue: T | undefined,
  newName: string,
  newValue: T | undefined,
  /** How the old value becomes the new one, when it is not the same value (e.g. "`h3` becomes `3`"). */
  how?: string,
): T | undefined {
  if (oldValue === undefined) return newValue;
  if (isDev) {
    warnOnce(
      `${component}.${oldName}`,
      `<${component}> \`${oldName}\` is deprecated: use \`${newName}\`${how ? ` (${how})` : newValue === undefined ? ' (same arguments)' : ''}${newValue === undefined ? '' : `, which wins when both are given`}. \`${oldName}\` goes in the next minor version.`,
    );
  }
  return newValue ?? oldValue;
}
