// A private desktop for one screen-reader run: Xvfb, a session D-Bus, the AT-SPI bus, Orca with the file
// speech back end, and a real X11 Chromium window (renderer accessibility on) driven over CDP by Playwright.
// Every process is started here, detached into its own process group, and stopped here by that id.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOrcaPrefs } from './orca-prefs.ts';

export interface Tools {
  orca: string;
  xvfb: string;
  xdotool: string;
  dbusDaemon: string;
  busLauncher: string;
  registryd: string;
  chromium: string;
}

const libexec = ['/usr/libexec', '/usr/lib/at-spi2-core', '/usr/lib/at-spi2'];

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    const path = join(dir, name);
    if (dir && existsSync(path)) return path;
  }
  return undefined;
}

function inLibexec(name: string): string | undefined {
  return libexec.map((dir) => join(dir, name)).find((path) => existsSync(path));
}

/** Finds Orca and the programs around it; `missing` names the ones not found. */
export function findTools(chromiumPath?: string): { tools?: Tools; missing: string[] } {
  const found = {
    orca: which('orca'),
    xvfb: which('Xvfb'),
    xdotool: which('xdotool'),
    dbusDaemon: which('dbus-daemon'),
    busLauncher: inLibexec('at-spi-bus-launcher'),
    registryd: inLibexec('at-spi2-registryd'),
    chromium: chromiumPath ?? process.env.CHROMIUM_PATH ?? which('chromium') ?? which('chromium-browser') ?? which('google-chrome'),
  };
  const missing = Object.entries(found)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  return missing.length ? { missing } : { tools: found as Tools, missing };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(what: string, timeoutMs: number, probe: () => T | undefined | false): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`screen reader: timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PIDs of Orca processes of this user (Orca refuses to start while one runs). */
function otherOrcas(): number[] {
  const r = spawnSync('pgrep', ['-u', String(process.getuid?.() ?? 0), '-x', 'orca'], { encoding: 'utf8' });
  return (r.stdout ?? '')
    .split('\n')
    .filter(Boolean)
    .map(Number);
}

const lockDir = join(tmpdir(), `aukio-screen-reader-${process.getuid?.() ?? 0}.lock`);

/** One Orca at a time: a lock dir holding the owner's PID, taken over when that process is gone. */
async function takeLock(timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
      } catch {
        // Being written right now, or left empty: judged on the next round.
      }
      if (owner && !alive(owner)) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > end) throw new Error(`screen reader: another run (PID ${owner}) holds ${lockDir}; only one Orca can run at a time`);
      else await sleep(250);
    }
  }
}

function releaseLock(): void {
  try {
    if (Number(readFileSync(join(lockDir, 'pid'), 'utf8')) === process.pid) rmSync(lockDir, { recursive: true, force: true });
  } catch {
    // Not ours or already gone.
  }
}

interface Started {
  name: string;
  child: ChildProcess;
}

export interface Desktop {
  env: NodeJS.ProcessEnv;
  dir: string;
  speechFile: string;
  chromiumPort: number;
  tools: Tools;
  stop: () => Promise<void>;
}

export interface DesktopOptions {
  tools: Tools;
  /** First URL of the Chromium window. */
  url: string;
  /** Window size in CSS px. */
  width?: number;
  height?: number;
  /** How long to wait for another run's Orca to finish (ms). */
  lockTimeoutMs?: number;
  /** Extra Chromium flags. */
  chromiumArgs?: string[];
}

/** Starts Xvfb, D-Bus, AT-SPI, Orca and Chromium. Stops whatever started if a later step fails. */
export async function startDesktop(options: DesktopOptions): Promise<Desktop> {
  const { tools } = options;
  await takeLock(options.lockTimeoutMs ?? 120_000);
  const started: Started[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'aukio-sr-'));

  const stop = async () => {
    for (const { child } of started.reverse()) await stopProcess(child);
    started.length = 0;
    rmSync(dir, { recursive: true, force: true });
    releaseLock();
  };

  try {
    await until('other Orca processes of this user to end', 15_000, () => otherOrcas().length === 0);
    const home = join(dir, 'home');
    const runtime = join(dir, 'run');
    const prefs = join(dir, 'orca');
    mkdirSync(home, { recursive: true });
    mkdirSync(runtime, { recursive: true, mode: 0o700 });
    writeOrcaPrefs(prefs);
    const speechFile = join(dir, 'speech.jsonl');
    writeFileSync(speechFile, '');

    // Xvfb picks a free display itself and writes its number to fd 3.
    const xvfb = spawn(tools.xvfb, ['-displayfd', '3', '-screen', '0', `${options.width ?? 1280}x${options.height ?? 1024}x24`, '-nolisten', 'tcp'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    started.push({ name: 'Xvfb', child: xvfb });
    const display = await readLine(xvfb, 3, 'Xvfb display number', 15_000);

    const base: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      DISPLAY: `:${display.trim()}`,
    };
    const dbus = spawn(tools.dbusDaemon, ['--session', '--nofork', '--print-address=1'], { detached: true, env: base, stdio: ['ignore', 'pipe', 'ignore'] });
    started.push({ name: 'dbus-daemon', child: dbus });
    const address = (await readLine(dbus, 1, 'D-Bus session address', 15_000)).trim();
    const env: NodeJS.ProcessEnv = { ...base, DBUS_SESSION_BUS_ADDRESS: address, GTK_A11Y: 'atspi', NO_AT_BRIDGE: '0', ACCESSIBILITY_ENABLED: '1' };

    started.push({ name: 'at-spi-bus-launcher', child: spawn(tools.busLauncher, ['--launch-immediately'], { detached: true, env, stdio: 'ignore' }) });
    await sleep(300);
    started.push({ name: 'at-spi2-registryd', child: spawn(tools.registryd, [], { detached: true, env, stdio: 'ignore' }) });

    const orcaEnv = { ...env, PYTHONPATH: prefs, AUKIO_SR_SPEECH_FILE: speechFile };
    // AUKIO_SR_ORCA_DEBUG=FILE writes Orca's debug log (which event led to which utterance); it slows Orca
    // enough to change timings, so it is for finding causes, not for test runs.
    const debugFile = process.env.AUKIO_SR_ORCA_DEBUG;
    const orca = spawn(tools.orca, ['-u', prefs, ...(debugFile ? ['--debug-file', debugFile] : [])], { detached: true, env: orcaEnv, stdio: 'ignore' });
    started.push({ name: 'orca', child: orca });
    // Orca says "Screen reader on." once its speech back end is loaded.
    await until('Orca to speak its first words', 30_000, () => {
      if (orca.exitCode !== null) throw new Error(`screen reader: Orca exited with code ${orca.exitCode} before speaking`);
      return readFileSync(speechFile, 'utf8').length > 0;
    });

    const profile = join(dir, 'chromium');
    // No translation offer for fi/sv pages: its bubble would take focus and be read.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false }, translate_blocked_languages: ['fi', 'sv', 'en'] }));
    const chromium = spawn(
      tools.chromium,
      [
        '--ozone-platform=x11',
        '--force-renderer-accessibility',
        '--no-sandbox',
        '--test-type',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-features=Translate,MediaRouter',
        '--password-store=basic',
        `--user-data-dir=${profile}`,
        '--remote-debugging-port=0',
        '--window-position=0,0',
        `--window-size=${options.width ?? 1280},${options.height ?? 1024}`,
        ...(options.chromiumArgs ?? []),
        '--kiosk',
        options.url,
      ],
      { detached: true, env, stdio: 'ignore' },
    );
    started.push({ name: 'chromium', child: chromium });
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await until('Chromium DevTools port', 30_000, () => {
      if (chromium.exitCode !== null) throw new Error(`screen reader: Chromium exited with code ${chromium.exitCode}`);
      return existsSync(portFile) && Number(readFileSync(portFile, 'utf8').split('\n')[0]);
    });
    return { env, dir, speechFile, chromiumPort: port, tools, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readLine(child: ChildProcess, fd: number, what: string, timeoutMs: number): Promise<string> {
  const stream = child.stdio[fd] as NodeJS.ReadableStream | null;
  return new Promise((resolve, reject) => {
    if (!stream) return reject(new Error(`screen reader: no pipe for ${what}`));
    let text = '';
    const timer = setTimeout(() => reject(new Error(`screen reader: timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.split('\n')[0] ?? '');
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`screen reader: exited with code ${code} before giving ${what}`));
    });
  });
}

/** Ends a process group started here: TERM, then KILL after 3 s; waits until the leader is gone. */
async function stopProcess(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (!pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timedOut = await Promise.race([gone.then(() => false), sleep(3000).then(() => true)]);
  if (timedOut) {
    signal('SIGKILL');
    await Promise.race([gone, sleep(2000)]);
  }
  // Children that left the group's leader behind (e.g. the AT-SPI bus's own dbus-daemon).
  signal('SIGKILL');
}
