import { forwardRef, type HTMLAttributes } from 'react';
import { Button } from '../Button';
import { formatString, useLocale, useRegister, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { FieldsetLayout, useFieldIds } from '../internal/field';
import { readingThemes, textSizes, type ReadingTheme } from './preferences';
import { useReadingPreferences } from './useReadingPreferences';
import { readingPreferencesMessages } from '../i18n/messages/readingPreferences';

export type ReadingPreferencesHeading = 'h1' | 'h2' | 'h3' | 'h4';

export interface ReadingPreferencesProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /**
   * Heading level of the panel's title, `h2` by default. `false` leaves the title out: use it inside a dialog
   * whose own title says what the panel is.
   */
  heading?: ReadingPreferencesHeading | false;
  /** localStorage key; default `aukio:reading-preferences:v1`, the key `apply-preferences.js` reads. */
  storageKey?: string;
  /** Also save a cookie for server rendering (see `readingPreferenceAttributes`). */
  cookie?: boolean;
}

const themeLabel: Record<ReadingTheme, keyof (typeof readingPreferencesMessages)['en']> = {
  light: 'readingPreferences.themeLight',
  dark: 'readingPreferences.themeDark',
  'high-contrast': 'readingPreferences.themeHighContrast',
  auto: 'readingPreferences.themeAuto',
};

/**
 * A panel where readers choose text size, spacing, reduced motion, link underlines, the colour theme and plain
 * language for the built-in texts (followed by `AukioProvider`).
 * Every change applies at once to the whole page and is saved in the browser. Native radio buttons and
 * checkboxes in fieldsets, so it works with every assistive technology and in forced colours.
 */
export const ReadingPreferences = forwardRef<HTMLElement, ReadingPreferencesProps>(function ReadingPreferences(props, ref) {
  const { heading = 'h2', storageKey, cookie, className, ...rest } = props;
  const strings = useStrings(readingPreferencesMessages);
  const locale = useLocale();
  const register = useRegister();
  const { preferences, setPreference, reset, systemReducedMotion } = useReadingPreferences({ storageKey, cookie });
  const base = useFieldIds().controlId;
  const sizeIds = useFieldIds(`${base}-text-size`);
  const themeIds = useFieldIds(`${base}-theme`);
  const readingIds = useFieldIds(`${base}-reading`);
  const titleId = `${base}-title`;
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });

  const Root = heading ? 'section' : 'div';
  const Heading = heading || 'h2';

  const onReset = () => {
    reset();
    announce(strings['readingPreferences.resetDone'], 'polite');
  };

  return (
    <Root
      ref={ref as never}
      className={cx('aukio-reading-preferences', className)}
      aria-labelledby={heading ? titleId : undefined}
      {...rest}
    >
      {heading && (
        <Heading className="aukio-reading-preferences__title" id={titleId}>
          {strings['readingPreferences.title']}
        </Heading>
      )}
      <p className="aukio-reading-preferences__intro">{strings['readingPreferences.intro']}</p>

      <FieldsetLayout
        ids={sizeIds}
        legend={strings['readingPreferences.textSize']}
        necessityIndicator="none"
        rootClassName="aukio-reading-preferences__group"
      >
        <div className="aukio-reading-preferences__options">
          {textSizes.map((size) => {
            const id = `${sizeIds.controlId}-${size}`;
            const text = percent.format(size / 100);
            return (
              <div className="aukio-reading-preferences__option" key={size}>
                <input
                  type="radio"
                  id={id}
                  name={sizeIds.controlId}
                  value={size}
                  checked={preferences.textSize === size}
                  onChange={() => setPreference('textSize', size)}
                  className="aukio-reading-preferences__input"
                />
                <label htmlFor={id} className="aukio-reading-preferences__label">
                  {size === 100 ? formatString(strings['readingPreferences.textSizeNormal'], { size: text }) : text}
                </label>
              </div>
            );
          })}
        </div>
      </FieldsetLayout>

      <FieldsetLayout
        ids={themeIds}
        legend={strings['readingPreferences.theme']}
        hint={strings['readingPreferences.themeHint']}
        necessityIndicator="none"
        rootClassName="aukio-reading-preferences__group"
      >
        <div className="aukio-reading-preferences__options">
          {readingThemes.map((theme) => {
            const id = `${themeIds.controlId}-${theme}`;
            return (
              <div className="aukio-reading-preferences__option" key={theme}>
                <input
                  type="radio"
                  id={id}
                  name={themeIds.controlId}
                  value={theme}
                  checked={preferences.theme === theme}
                  onChange={() => setPreference('theme', theme)}
                  className="aukio-reading-preferences__input"
                />
                <label htmlFor={id} className="aukio-reading-preferences__label">
                  {strings[themeLabel[theme]]}
                </label>
              </div>
            );
          })}
        </div>
      </FieldsetLayout>

      <FieldsetLayout
        ids={readingIds}
        legend={strings['readingPreferences.reading']}
        necessityIndicator="none"
        rootClassName="aukio-reading-preferences__group"
      >
        <div className="aukio-reading-preferences__options">
          <div className="aukio-reading-preferences__option">
            <input
              type="checkbox"
              id={`${readingIds.controlId}-spacing`}
              checked={preferences.spacing}
              onChange={(e) => setPreference('spacing', e.currentTarget.checked)}
              className="aukio-reading-preferences__input"
            />
            <label htmlFor={`${readingIds.controlId}-spacing`} className="aukio-reading-preferences__label">
              {strings['readingPreferences.spacing']}
            </label>
          </div>
          <div className="aukio-reading-preferences__option">
            <input
              type="checkbox"
              id={`${readingIds.controlId}-motion`}
              checked={preferences.reduceMotion}
              onChange={(e) => setPreference('reduceMotion', e.currentTarget.checked)}
              aria-describedby={systemReducedMotion ? `${readingIds.controlId}-motion-hint` : undefined}
              className="aukio-reading-preferences__input"
            />
            <label htmlFor={`${readingIds.controlId}-motion`} className="aukio-reading-preferences__label">
              {strings['readingPreferences.reduceMotion']}
            </label>
            {systemReducedMotion && (
              <p className="aukio-reading-preferences__note" id={`${readingIds.controlId}-motion-hint`}>
                {strings['readingPreferences.reduceMotionSystem']}
              </p>
            )}
          </div>
          <div className="aukio-reading-preferences__option">
            <input
              type="checkbox"
              id={`${readingIds.controlId}-underline`}
              checked={preferences.underlineLinks}
              onChange={(e) => setPreference('underlineLinks', e.currentTarget.checked)}
              className="aukio-reading-preferences__input"
            />
            <label htmlFor={`${readingIds.controlId}-underline`} className="aukio-reading-preferences__label">
              {strings['readingPreferences.underlineLinks']}
            </label>
          </div>
          <div className="aukio-reading-preferences__option">
            <input
              type="checkbox"
              id={`${readingIds.controlId}-plain`}
              checked={preferences.plainLanguage ?? register === 'plain'}
              onChange={(e) => setPreference('plainLanguage', e.currentTarget.checked)}
              aria-describedby={`${readingIds.controlId}-plain-hint`}
              className="aukio-reading-preferences__input"
            />
            <label htmlFor={`${readingIds.controlId}-plain`} className="aukio-reading-preferences__label">
              {strings['readingPreferences.plainLanguage']}
            </label>
            <p className="aukio-reading-preferences__note" id={`${readingIds.controlId}-plain-hint`}>
              {strings['readingPreferences.plainLanguageHint']}
            </p>
          </div>
        </div>
      </FieldsetLayout>

      <Button variant="secondary" onClick={onReset} className="aukio-reading-preferences__reset">
        {strings['readingPreferences.reset']}
      </Button>
    </Root>
  );
});
