// Doc blocks for the Foundations pages. Every value comes from the built tokens (@aukio/tokens/tokens.json and
// the package's exports), so the pages cannot drift from the CSS. Colours are drawn with SVG fill attributes and
// sizes with classes in foundations.css: no inline style props (strict CSP).
import { contrastRatio, themeMeta, themes } from '@aukio/tokens';
import resolved from '@aukio/tokens/tokens.json';
import { useState } from 'react';
import { Button, Checkbox, Link, TextInput } from '../../packages/react/src';
import { ScrollRegion as Scroll } from '../../.storybook/ScrollRegion';
import './foundations.css';

type Token = { value: unknown; type?: string; description?: string };
type ThemeName = (typeof themes)[number];
const values = resolved as unknown as Record<ThemeName, Record<string, Token>>;

/** Tokens of one theme whose path starts with `prefix`, in file order. */
export function tokensWith(prefix: string, theme: ThemeName = 'light'): [string, Token][] {
  return Object.entries(values[theme] ?? {}).filter(([path]) => path.startsWith(prefix));
}

const cssVar = (path: string) => `--aukio-${path.replace(/\./g, '-')}`;
const remToPx = (value: string) => (value.endsWith('rem') ? parseFloat(value) * 16 : value.endsWith('px') ? parseFloat(value) : NaN);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function Swatch({ hex }: { hex: string }) {
  return (
    <svg className="aukio-fd-swatch" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="46" height="30" rx="4" fill={hex} stroke="#6b7280" strokeWidth="1" />
    </svg>
  );
}

/**
 * The semantic colours of one theme, shown inside a `data-aukio-theme` wrapper so the page around them is in that
 * theme too. Text colours show their contrast with the theme's default surface.
 */
export function ColourPalette({ theme }: { theme: ThemeName }) {
  const tokens = tokensWith('color.', theme);
  const surface = String(values[theme]['color.surface.default']?.value ?? '#ffffff');
  const groups = ['text', 'surface', 'border', 'focus'];
  return (
    <div className="aukio-fd-theme" data-aukio-theme={theme}>
      <p className="aukio-fd-theme__intro">
        <strong>{theme}</strong>: {themeMeta.themes[theme].description}
      </p>
      {groups.map((group) => (
        <Scroll key={group} label={`${theme}: color.${group}`}>
          <table className="aukio-fd-table">
            <caption>
              {theme}: color.{group}
            </caption>
            <thead>
              <tr>
                <th scope="col">Swatch</th>
                <th scope="col">Token</th>
                <th scope="col">Value</th>
                {group === 'text' && <th scope="col">On surface.default</th>}
                <th scope="col">Use</th>
              </tr>
            </thead>
            <tbody>
              {tokens
                .filter(([path]) => path.startsWith(`color.${group}.`))
                .map(([path, token]) => {
                  const hex = String(token.value);
                  return (
                    <tr key={path}>
                      <td>
                        <Swatch hex={hex} />
                      </td>
                      <td>
                        <code>{cssVar(path)}</code>
                      </td>
                      <td>
                        <code>{hex}</code>
                      </td>
                      {group === 'text' && <td>{`${contrastRatio(hex, surface).toFixed(2)}:1`}</td>}
                      {/* The use is written once, in the default theme; a theme may add its own note. */}
                      <td>{token.description ?? values[themeMeta.default][path]?.description ?? ''}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </Scroll>
      ))}
    </div>
  );
}

/** The private palette the semantic colours are made of (the same in every theme). */
export function BasePalette() {
  const tokens = tokensWith('palette.');
  const families = Array.from(new Set(tokens.map(([path]) => path.split('.')[1]!)));
  return (
    <div className="aukio-fd-palette">
      {families.map((family) => (
        <section key={family} aria-labelledby={`palette-${family}`} className="aukio-fd-palette__family">
          <h3 id={`palette-${family}`}>{family}</h3>
          <ul>
            {tokens
              .filter(([path]) => path.split('.')[1] === family)
              .map(([path, token]) => (
                <li key={path}>
                  <Swatch hex={String(token.value)} />
                  <span>
                    {path.split('.').slice(2).join('.') || family} <code>{String(token.value)}</code>
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export const textSizes = [100, 125, 150, 200] as const;
const sizeNames = ['sm', 'body', 'lg', 'xl', '2xl', '3xl'] as const;

/** Every font size in px at each reading-preference text size (the root font size times 100/125/150/200 %). */
export function TypeScaleTable() {
  const tokens = tokensWith('font.size.');
  return (
    <Scroll label={'Font sizes at each text size'}>
      <table className="aukio-fd-table">
        <caption>Font sizes at each text size</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">rem</th>
            {textSizes.map((s) => (
              <th scope="col" key={s}>
                {s} %
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map(([path, token]) => (
            <tr key={path}>
              <td>
                <code>{cssVar(path)}</code>
              </td>
              <td>{String(token.value)}</td>
              {textSizes.map((s) => (
                <td key={s}>{fmt((remToPx(String(token.value)) * s) / 100)} px</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** Samples of every size, scaled as the reader's text size would scale them. */
export function TypeScaleSamples({ textSize }: { textSize: (typeof textSizes)[number] }) {
  return (
    // sb-unstyled: the docs page's paragraph style would otherwise set every sample to its own 14 px.
    <div className="aukio-fd-type sb-unstyled" data-scale={textSize}>
      {sizeNames.map((name) => (
        <p key={name} className={`aukio-fd-type__sample aukio-fd-type__sample--${name}`}>
          <code className="aukio-fd-type__label">{name}</code> Hae asumistukea · Ansök om bostadsstöd
        </p>
      ))}
    </div>
  );
}

/** The spacing scale: each step as a bar of that length. */
export function SpacingScale() {
  return (
    <Scroll label={'Spacing'}>
      <table className="aukio-fd-table">
        <caption>Spacing</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">px at 100 %</th>
            <th scope="col">Bar</th>
          </tr>
        </thead>
        <tbody>
          {tokensWith('space.').map(([path, token]) => (
            <tr key={path}>
              <td>
                <code>{cssVar(path)}</code>
              </td>
              <td>{String(token.value)}</td>
              <td>{fmt(remToPx(String(token.value)))}</td>
              <td>
                <span className={`aukio-fd-bar aukio-fd-bar--${path.split('.')[1]}`} aria-hidden="true" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** Radii and border widths, drawn as boxes. */
export function Radii() {
  const radii = tokensWith('radius.');
  const borders = tokensWith('border.width.');
  return (
    <ul className="aukio-fd-shapes">
      {radii.map(([path, token]) => (
        <li key={path}>
          <span className={`aukio-fd-shape aukio-fd-shape--radius-${path.split('.')[1]}`} aria-hidden="true" />
          <code>{cssVar(path)}</code> {String(token.value)}
        </li>
      ))}
      {borders.map(([path, token]) => (
        <li key={path}>
          <span className={`aukio-fd-shape aukio-fd-shape--border-${path.split('.')[2]}`} aria-hidden="true" />
          <code>{cssVar(path)}</code> {String(token.value)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Live focus examples: real controls to Tab through, and the same indicator drawn permanently on samples in each
 * theme and on a brand fill, so it can be seen without a keyboard.
 */
export function FocusExamples({ idPrefix = 'focus' }: { idPrefix?: string }) {
  return (
    <div className="aukio-fd-focus">
      <div className="aukio-fd-row">
        <Button>Tallenna</Button>
        <Button variant="secondary">Peruuta</Button>
        <Link href="#focus-example">Lue lisää</Link>
        <Checkbox id={`${idPrefix}-check`} label="Muista valintani" />
      </div>
      <TextInput id={`${idPrefix}-input`} label="Sähköposti" type="email" autoComplete="email" width="20" />
      <div className="aukio-fd-row">
        {themes.map((theme) => (
          <div key={theme} className="aukio-fd-theme aukio-fd-focus__sample" data-aukio-theme={theme}>
            <span className="aukio-fd-focus__ring">{theme}</span>
            <span className="aukio-fd-focus__ring aukio-fd-focus__ring--brand">brand</span>
          </div>
        ))}
      </div>
    </div>
  );
}

/** Motion durations, and a live transition that stops for reduced motion (system setting or data-aukio-motion). */
export function MotionDemo() {
  const [open, setOpen] = useState(false);
  return (
    <div className="aukio-fd-motion">
      <Scroll label={'Motion'}>
        <table className="aukio-fd-table">
          <caption>Motion</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {tokensWith('motion.').map(([path, token]) => (
              <tr key={path}>
                <td>
                  <code>{cssVar(path)}</code>
                </td>
                <td>{Array.isArray(token.value) ? `cubic-bezier(${token.value.join(', ')})` : String(token.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <Button variant="secondary" aria-expanded={open} aria-controls="motion-demo-panel" onClick={() => setOpen((o) => !o)}>
        {open ? 'Piilota esimerkki' : 'Näytä esimerkki'}
      </Button>
      <div id="motion-demo-panel" className="aukio-fd-motion__panel" data-state={open ? 'open' : 'closed'} hidden={!open}>
        <p>Tämä paneeli liukuu esiin 200 ms:ssa. Kun liikettä on vähennetty, se ilmestyy heti.</p>
      </div>
    </div>
  );
}

/** The two target sizes drawn to scale, with real controls that meet them. */
export function TargetSizes() {
  const min = String(values.light['target.min']?.value);
  const primary = String(values.light['target.primary']?.value);
  return (
    <div className="aukio-fd-targets">
      <figure className="aukio-fd-target">
        <span className="aukio-fd-target__box aukio-fd-target__box--min" aria-hidden="true" />
        <figcaption>
          <code>--aukio-target-min</code> {min} = {fmt(remToPx(min))} px: the floor for every target (WCAG 2.5.8)
        </figcaption>
      </figure>
      <figure className="aukio-fd-target">
        <span className="aukio-fd-target__box aukio-fd-target__box--primary" aria-hidden="true" />
        <figcaption>
          <code>--aukio-target-primary</code> {primary} = {fmt(remToPx(primary))} px: primary actions and form controls (2.5.5)
        </figcaption>
      </figure>
      <div className="aukio-fd-row">
        <Button>44 px: Lähetä</Button>
        <Checkbox id="target-check" label="Hyväksyn ehdot" />
      </div>
    </div>
  );
}
