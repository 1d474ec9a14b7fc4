import { useId, useState } from 'react';
import { formatPlural, useLocale, useStrings } from '../i18n';
import type { IconComponent } from './Icon';
import * as icons from './icons';
import { iconMessages } from '../i18n/messages/icon';

/** Every icon of the set, by export name (story and test helper; not exported from the package). */
export const allIcons = Object.entries(icons as Record<string, IconComponent>).sort(([a], [b]) => a.localeCompare(b));

/** "Arrow-right", "arrow right" and "ArrowRightIcon" all find the same icon. */
const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The searchable icon gallery of the Storybook docs: a labelled search field that filters the icons by name as
 * you type, with the number of icons shown in a polite status.
 */
export function IconGallery() {
  const strings = useStrings(iconMessages);
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const wanted = normalise(query);
  const shown = allIcons.filter(([name]) => normalise(name).includes(wanted));
  const count = formatPlural(locale, shown.length, {
    one: strings['icon.galleryCount.one'],
    other: strings['icon.galleryCount.other'],
  });
  return (
    <div className="aukio-icon-gallery">
      <div className="aukio-icon-gallery__search">
        <label className="aukio-icon-gallery__label" htmlFor={inputId}>
          {strings['icon.gallerySearch']}
        </label>
        <input
          id={inputId}
          className="aukio-icon-gallery__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className="aukio-icon-gallery__count" role="status">
        {count}
      </p>
      <ul className="aukio-icon-gallery__list">
        {shown.map(([name, IconOf]) => (
          <li key={name} className="aukio-icon-gallery__item">
            <IconOf size="l" />
            <code className="aukio-icon-gallery__name">{name}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
