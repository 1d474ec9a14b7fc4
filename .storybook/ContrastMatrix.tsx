// The contrast of every declared colour pair in every theme, computed from @aukio/tokens (tokens.json and the
// exported contrastPairs / contrastRatio / themeMeta): nothing here is typed by hand.
import { contrastPairs, contrastRatio, themeMeta, themes } from '@aukio/tokens';
import resolved from '@aukio/tokens/tokens.json';
import { ScrollRegion } from './ScrollRegion';

type Resolved = Record<string, Record<string, { value: unknown }>>;
const values = resolved as unknown as Resolved;

const short = (path: string) => path.replace(/^color\./, '');

function Sample({ fg, bg, kind }: { fg: string; bg: string; kind: 'text' | 'ui' }) {
  return (
    <svg className="aukio-contrast-matrix__sample" viewBox="0 0 64 32" width="64" height="32" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="64" height="32" fill={bg} />
      {kind === 'text' ? (
        <text x="32" y="22" textAnchor="middle" fontSize="16" fontWeight="600" fill={fg}>
          Aa
        </text>
      ) : (
        <rect x="14" y="8" width="36" height="16" rx="2" fill="none" stroke={fg} strokeWidth="3" />
      )}
    </svg>
  );
}

export function ContrastMatrix({ theme }: { theme?: string }) {
  const list = theme ? themes.filter((t) => t === theme) : themes;
  return (
    <div className="aukio-contrast-matrix">
      {list.map((name) => {
        const meta = themeMeta.themes[name];
        const tokens = values[name] ?? {};
        const rows = contrastPairs.map((pair) => {
          const fg = String(tokens[pair.foreground]?.value ?? '');
          const bg = String(tokens[pair.background]?.value ?? '');
          const ratio = fg && bg ? contrastRatio(fg, bg) : 0;
          const aa = ratio >= (pair.kind === 'text' ? 4.5 : 3);
          const aaa = pair.kind === 'text' ? ratio >= 7 : undefined;
          const min = meta.contrast[pair.kind];
          return { pair, fg, bg, ratio, aa, aaa, min, ok: ratio >= min };
        });
        const failing = rows.filter((r) => !r.ok).length;
        return (
          <section key={name} aria-labelledby={`contrast-${name}`}>
            <h2 id={`contrast-${name}`}>{name}</h2>
            <p>
              {meta.description} Required in this theme: text {meta.contrast.text}:1, boundaries and focus {meta.contrast.ui}:1.{' '}
              <strong>{failing === 0 ? `All ${rows.length} pairs pass.` : `${failing} of ${rows.length} pairs fail.`}</strong>
            </p>
            <ScrollRegion>
            <table>
                <caption>Colour pairs of the {name} theme</caption>
                <thead>
                  <tr>
                    <th scope="col">Sample</th>
                    <th scope="col">Foreground</th>
                    <th scope="col">Background</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Ratio</th>
                    <th scope="col">AA</th>
                    <th scope="col">AAA</th>
                    <th scope="col">Theme minimum</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.pair.foreground}|${r.pair.background}`}>
                      <td>
                        <Sample fg={r.fg} bg={r.bg} kind={r.pair.kind} />
                      </td>
                      <td>
                        <code>{short(r.pair.foreground)}</code> {r.fg}
                      </td>
                      <td>
                        <code>{short(r.pair.background)}</code> {r.bg}
                      </td>
                      <td>{r.pair.kind === 'text' ? 'text' : 'UI / focus'}</td>
                      <td>{r.ratio.toFixed(2)}:1</td>
                      <td>{r.aa ? 'pass' : 'FAIL'}</td>
                      <td>{r.aaa === undefined ? '—' : r.aaa ? 'pass' : 'no'}</td>
                      <td>
                        {r.ok ? 'pass' : 'FAIL'} ({r.min}:1)
                      </td>
                    </tr>
                  ))}
                </tbody>
            </table>
            </ScrollRegion>
          </section>
        );
      })}
    </div>
  );
}
