import { forwardRef, useEffect, useRef, type HTMLAttributes, type MouseEvent } from 'react';
import { useLocale, useStrings } from '../i18n';
import { locales, type AukioLocale } from '../i18n/locales';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { renamedProp } from '../internal/deprecated';
import { warnOnce } from '../internal/dev';
import { languageSwitchMessages } from '../i18n/messages/languageSwitch';

export interface LanguageOption {
  /** BCP 47 language code, e.g. `fi`, `sv`, `en`. Set as `lang` (and `hrefLang` on links). */
  code: string;
  /** The language's name in the language itself: "Suomi", "Svenska", "English". */
  name: string;
  /** The same page in this language. With `href` the item is a link and works before JavaScript loads. */
  href?: string;
}

export interface LanguageSwitchProps extends Omit<HTMLAttributes<HTMLUListElement>, 'onChange'> {
  /** The languages the service is available in, each named in its own language. */
  languages: LanguageOption[];
  /** Code of the language the page is shown in. Marked `aria-current="true"`. */
  current: string;
  /**
   * Called with the chosen code. Items without `href` become buttons that call it; on links it is called
   * before the browser follows the link (call `preventDefault` to switch in place).
   */
  onLanguageChange?: (code: string, event: MouseEvent<HTMLElement>) => void;
  /** @deprecated use `onLanguageChange` (same arguments); removed in the next minor version. */
  onChange?: (code: string, event: MouseEvent<HTMLElement>) => void;
  /** Name of the list; defaults to "Kieli" / "Språk" / "Language" in the current language. */
  'aria-label'?: string;
}

/**
 * The languages of the service, each in its own name and marked with `lang`, the current one marked with
 * `aria-current`. Links (the URL carries the language) by default, buttons when the app switches in place.
 */
export const LanguageSwitch = forwardRef<HTMLUListElement, LanguageSwitchProps>(function LanguageSwitch(
  { languages, current, onLanguageChange, onChange: onChangeAlias, className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const strings = useStrings(languageSwitchMessages);
  const locale = useLocale();
  const onChange = renamedProp('LanguageSwitch', 'onChange', onChangeAlias, 'onLanguageChange', onLanguageChange);
  // The language chosen in place, confirmed once the app shows it (below).
  const switching = useRef<LanguageOption | null>(null);

  // "Sidan visas nu på svenska", said once the app shows the chosen language (`current` is it), in the texts then
  // in force: when the app switches the provider's locale in the same update, its own override of the
  // confirmation for that language is what is said, not Aukio's built-in text.
  useEffect(() => {
    const language = switching.current;
    if (!language || language.code !== current) return;
    switching.current = null;
    announceLanguage(language, locale, strings['languageSwitch.changed']);
  }, [current, locale, strings]);

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const codes = languages.map((l) => l.code);
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) warnOnce(`lang-dup:${dup}`, `<LanguageSwitch>: the language "${dup}" is listed more than once.`);
    if (languages.length > 0 && !codes.includes(current)) {
      warnOnce(`lang-current:${current}`, `<LanguageSwitch>: current="${current}" is not one of the languages (${codes.join(', ')}).`);
    }
    if (!onChange && languages.some((l) => !l.href)) {
      warnOnce('lang-action', '<LanguageSwitch>: give every language an href, or pass onLanguageChange.');
    }
  }, [languages, current, onChange]);

  if (languages.length === 0) return null;

  return (
    <ul ref={ref} className={cx('aukio-language-switch', className)} aria-label={ariaLabel ?? strings['languageSwitch.label']} {...rest}>
      {languages.map((language, index) => {
        const isCurrent = language.code === current;
        const common = {
          className: 'aukio-language-switch__option',
          lang: language.code,
          'aria-current': isCurrent ? ('true' as const) : undefined,
          onClick: onChange
            ? (event: MouseEvent<HTMLElement>) => {
                onChange(language.code, event);
                // Switched in place (a button, or a link whose default the app prevented): say so in the new
                // language. A followed link needs nothing: the new page's own lang does it.
                // Said once the app has switched (the effect above).
                switching.current = !isCurrent && (!language.href || event.defaultPrevented) ? language : null;
              }
            : undefined,
        };
        return (
          <li key={`${index}:${language.code}`} className="aukio-language-switch__item">
            {language.href ? (
              <a href={language.href} hrefLang={language.code} {...common}>
                {language.name}
              </a>
            ) : (
              <button type="button" {...common}>
                {language.name}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
});

/**
 * "Sidan visas nu på svenska": a polite confirmation in the chosen language itself, marked with its `lang` so
 * a screen reader switches voice. `inForce` is the confirmation in the provider's `locale`, the app's override
 * included: said when that is the chosen language; else Aukio's own text in it (an app that does not switch
 * the provider), and for a language without Aukio's texts its own name ("Eesti").
 */
function announceLanguage(language: LanguageOption, locale: AukioLocale, inForce: string): void {
  const base = language.code.toLowerCase().split('-')[0] as AukioLocale;
  let text = language.name;
  if (base === locale) text = inForce;
  else if ((locales as readonly string[]).includes(base)) text = languageSwitchMessages[base]['languageSwitch.changed'];
  announce(text, 'polite', language.code);
}
