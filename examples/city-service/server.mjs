// The resident parking permit service: a small node:http server that renders every page with React on the
// server (works without JavaScript), handles the form posts, and serves the client bundle that hydrates it.
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { READING_PREFERENCES_COOKIE, readingPreferenceAttributes } from '@aukio/react';
import { App, pageTitle } from './dist/app.js';

const require = createRequire(import.meta.url);
const langs = ['fi', 'sv', 'en'];
const steps = ['personal', 'address', 'vehicle', 'document', 'contact'];
const MAX_BODY = 6 * 1024 * 1024;

// Loaded lazily from the built module so the step rules live in one place.
const { validateStep, fieldsOf, normaliseReg, isoToday } = await import('./dist/steps.js');

const csp = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const baseHeaders = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

const assets = {
  '/assets/client.js': { file: new URL('./dist/client.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/assets/app.css': { file: new URL('./dist/app.css', import.meta.url), type: 'text/css; charset=utf-8' },
  '/assets/aukio.css': { file: require.resolve('@aukio/react/styles.css'), type: 'text/css; charset=utf-8' },
};

/** Sessions in memory, keyed by a random cookie. Restarting the server forgets them (it is an example). */
const sessions = new Map();
function session(req, res) {
  const cookie = /(?:^|;\s*)sid=([A-Za-z0-9-]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (cookie && sessions.has(cookie)) return sessions.get(cookie);
  const id = randomUUID();
  const s = { answers: {}, file: null, reference: null };
  sessions.set(id, s);
  res.setHeader('Set-Cookie', `sid=${id}; Path=/; HttpOnly; SameSite=Lax`);
  return s;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A minimal multipart/form-data parser: text fields as strings, files as { name, size }. */
function parseMultipart(body, boundary) {
  const fields = {};
  const files = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.slice(start, start + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd === -1) break;
    const next = body.indexOf(delimiter, headerEnd);
    if (next === -1) break;
    const headers = body.slice(start + 2, headerEnd).toString('utf8');
    const content = body.slice(headerEnd + 4, next - 2); // minus the CRLF before the delimiter
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) {
      if (filename !== undefined) {
        if (filename) files[name] = { name: filename.split(/[\\/]/).pop(), size: content.length };
      } else fields[name] = content.toString('utf8');
    }
    pos = next;
  }
  return { fields, files };
}

async function readForm(req) {
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
  if (type.startsWith('multipart/form-data') && boundary) return parseMultipart(body, boundary[1] ?? boundary[2]);
  return { fields: Object.fromEntries(new URLSearchParams(body.toString('utf8'))), files: {} };
}

const escapeJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function sendPage(res, data, status = 200, req = undefined) {
  // Reading preferences saved in a cookie by <ReadingPreferences cookie> apply before the first paint.
  const saved = new RegExp(`(?:^|;\\s*)${READING_PREFERENCES_COOKIE}=([^;]*)`).exec(req?.headers.cookie ?? '')?.[1];
  let attrs = '';
  if (saved) {
    try {
      attrs = Object.entries(readingPreferenceAttributes(decodeURIComponent(saved)))
        .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
        .join('');
    } catch {
      attrs = '';
    }
  }
  const html = renderToString(createElement(App, { data }));
  const doc = `<!doctype html>
<html lang="${data.lang}"${attrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(pageTitle(data))}</title>
<link rel="stylesheet" href="/assets/aukio.css">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/client.js"></script>
</head>
<body>
<div id="root">${html}</div>
<script type="application/json" id="page-data">${escapeJson(data)}</script>
</body>
</html>`;
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(doc);
}

function redirect(res, location) {
  res.writeHead(303, { ...baseHeaders, Location: location });
  res.end();
}

function firstIncomplete(s) {
  return steps.find((step) => validateStep(step, s.answers, null, s.file).length > 0);
}

function reference() {
  return `AP-${new Date().getFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const asset = assets[url.pathname];
  if (asset && req.method === 'GET') {
    const body = await readFile(asset.file);
    res.writeHead(200, { ...baseHeaders, 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
    res.end(body);
    return;
  }
  if (url.pathname === '/') return redirect(res, '/fi/');
  const [, lang, page = ''] = /^\/([a-z]{2})\/([a-z]*)\/?$/.exec(url.pathname) ?? [];
  if (!langs.includes(lang)) {
    return sendPage(res, base({ lang: 'fi', page: 'notfound', path: '' }, null), 404, req);
  }
  const s = session(req, res);
  const returnTo = url.searchParams.get('return') === 'check' ? 'check' : null;
  const path = `${page}${url.search}`;
  const pageId = page === '' ? 'start' : page;

  if (req.method === 'POST') {
    const { fields, files } = await readForm(req);
    const back = fields.return === 'check' ? 'check' : null;
    if (steps.includes(pageId)) {
      const typed = {};
      for (const name of fieldsOf[pageId]) typed[name] = fields[name] ?? '';
      const file = pageId === 'document' ? (files.document ?? null) : null;
      const errors = validateStep(pageId, typed, file, s.file);
      // Keep what was typed even when it does not pass, so the page shows it again.
      Object.assign(s.answers, typed);
      if (errors.length > 0) {
        return sendPage(res, base({ lang, page: pageId, path: back ? `${page}?return=check` : page, returnTo: back, errors }, s), 200, req);
      }
      if (pageId === 'vehicle') s.answers.reg = normaliseReg(typed.reg);
      if (file) s.file = file;
      const next = back ? 'check' : (steps[steps.indexOf(pageId) + 1] ?? 'check');
      return redirect(res, `/${lang}/${next}`);
    }
    if (pageId === 'check') {
      const missing = firstIncomplete(s);
      if (missing) return redirect(res, `/${lang}/check?incomplete=1`);
      if (s.answers.reg === 'ERR-500') {
        // A simulated failure of the back-end system: nothing typed is lost, the message says what to do.
        return sendPage(res, base({ lang, page: 'check', path: 'check', serverError: true }, s), 500, req);
      }
      s.reference = reference();
      s.answers = {};
      s.file = null;
      return redirect(res, `/${lang}/confirmation`);
    }
    return sendPage(res, base({ lang, page: 'notfound', path }, s), 404, req);
  }

  const known = ['start', ...steps, 'check', 'confirmation', 'accessibility', 'preferences', 'mydata'];
  if (!known.includes(pageId)) return sendPage(res, base({ lang, page: 'notfound', path }, s), 404, req);
  if (pageId === 'confirmation' && !s.reference) return redirect(res, `/${lang}/`);
  return sendPage(res, base({ lang, page: pageId, path, returnTo, incomplete: pageId === 'check' && url.searchParams.has('incomplete') }, s), 200, req);
}

function base(partial, s) {
  return {
    answers: s?.answers ?? {},
    errors: [],
    file: s?.file ?? null,
    returnTo: null,
    reference: partial.page === 'confirmation' ? (s?.reference ?? null) : null,
    serverError: false,
    incomplete: false,
    today: isoToday(),
    ...partial,
  };
}

export function startServer(port = Number(process.env.PORT ?? 3000)) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      const status = error.status ?? 500;
      if (!res.headersSent) res.writeHead(status, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(status === 413 ? 'Request too large' : 'Server error');
      if (status === 500) console.error(error);
    });
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const address = server.address();
  console.log(`Resident parking permit example: http://localhost:${typeof address === 'object' && address ? address.port : ''}/`);
}
