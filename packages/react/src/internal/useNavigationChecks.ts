import { useEffect } from 'react';
import { warnOnce } from './dev';

/**
 * Navigation and SideNavigation: in development, warns about duplicate keys or hrefs and a current page that is not
 * among the items.
 */
export function useNavigationChecks(component: string, keys: string[], hrefs: string[], currentHref: string | undefined) {
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const dupKey = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dupKey !== undefined) warnOnce(`${component}-key:${dupKey}`, `<${component}>: the key "${dupKey}" is used by more than one item.`);
    const dupHref = hrefs.find((h, i) => hrefs.indexOf(h) !== i);
    if (dupHref !== undefined) warnOnce(`${component}-href:${dupHref}`, `<${component}>: the href "${dupHref}" appears more than once.`);
    if (currentHref !== undefined && hrefs.length > 0 && !hrefs.includes(currentHref)) {
      warnOnce(`${component}-current:${currentHref}`, `<${component}>: currentHref="${currentHref}" matches no item.`);
    }
  }, [component, keys.join('\n'), hrefs.join('\n'), currentHref]); // eslint-disable-line react-hooks/exhaustive-deps
}
