// The Chromium the browser tests drive. `findChromium` only looks; `ensureChromium` (run by `npm run test:e2e`
// through tests/support/ensure-chromium.ts) also installs one, so that `npm ci && npm test` needs nothing else.
// Order: CHROMIUM_PATH; a system Chromium on PATH; Playwright's own if installed; `npx playwright install chromium`;
// on Debian or Ubuntu as root, `apt-get install -y chromium`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Names Debian, Ubuntu, Fedora and Arch give their Chromium command. */
const SYSTEM_COMMANDS = ['chromium', 'chromium-browser'];

export const PLAYWRIGHT_INSTALL = 'npx playwright install chromium';
export const APT_INSTALL = 'apt-get install -y chromium';

/** What the finder needs from the machine; tests/unit/browser.test.ts passes a fake one. */
export interface Machine {
  env: Record<string, string | undefined>;
  isFile(path: string): boolean;
  /** Where Playwright keeps its own Chromium (whether or not it is there). */
  playwrightChromium(): string;
  /** Root on a Debian-family system with apt-get: the case where Debian's package can be installed. */
  canAptInstall(): boolean;
  /** Runs a command to completion; null when it succeeded, else the last lines of its output. */
  run(command: string, args: string[], env?: Record<string, string>): string | null;
  say(line: string): void;
}

export interface Chromium {
  path: string;
  /** Where it was found, for the one line `npm test` prints. */
  source: string;
}

export class NoChromiumError extends Error {}

/** Looks for a Chromium without installing anything; null when there is none. */
export function findChromium(machine: Machine = realMachine()): Chromium | null {
  const fromEnv = machine.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!machine.isFile(fromEnv)) throw new NoChromiumError(`CHROMIUM_PATH is ${fromEnv}, which is not a file. Point it at a Chromium or Chrome binary, or unset it.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  for (const dir of (machine.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of SYSTEM_COMMANDS) {
      const path = join(dir, command);
      if (machine.isFile(path)) return { path, source: 'the system Chromium' };
    }
  }
  const bundled = machine.playwrightChromium();
  if (bundled && machine.isFile(bundled)) return { path: bundled, source: "Playwright's Chromium" };
  return null;
}

/** The Chromium for Playwright's config: found, or a clear error saying how to get one. */
export function chromiumExecutable(machine: Machine = realMachine()): string {
  const found = findChromium(machine);
  if (!found) throw new NoChromiumError(howToGetOne('no Chromium is installed'));
  return found.path;
}

function howToGetOne(why: string): string {
  return (
    `No Chromium for the browser tests: ${why}. Run \`${PLAYWRIGHT_INSTALL}\` (needs access to Playwright's download ` +
    `site), or as root on Debian/Ubuntu \`apt-get update && ${APT_INSTALL}\`, or set CHROMIUM_PATH to a Chromium or ` +
    'Chrome binary; then run `npm test` again.'
  );
}

/** Finds a Chromium or installs one, printing one line about which it uses or what it installs. */
export function ensureChromium(machine: Machine = realMachine()): Chromium {
  const uses = (found: Chromium) => {
    machine.say(`Browser tests use ${found.source}: ${found.path}`);
    return found;
  };
  const present = findChromium(machine);
  if (present) return uses(present);

  machine.say(`No Chromium found: installing Playwright's with \`${PLAYWRIGHT_INSTALL}\``);
  const playwrightFailure = machine.run('npx', ['playwright', 'install', 'chromium']);
  const installed = playwrightFailure === null ? findChromium(machine) : null;
  if (installed) return uses(installed);
  const failures = [`\`${PLAYWRIGHT_INSTALL}\` failed: ${playwrightFailure ?? 'it installed nothing Playwright can find'}`];

  if (machine.canAptInstall()) {
    machine.say(`Installing Debian's Chromium with \`apt-get update && ${APT_INSTALL}\``);
    const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
    const aptFailure = machine.run('apt-get', ['update'], aptEnv) ?? machine.run('apt-get', ['install', '-y', 'chromium'], aptEnv);
    const fromApt = aptFailure === null ? findChromium(machine) : null;
    if (fromApt) return uses(fromApt);
    failures.push(`\`${APT_INSTALL}\` failed: ${aptFailure ?? 'no chromium command on PATH afterwards'}`);
  } else {
    failures.push('apt-get was not tried (it needs root on Debian or Ubuntu)');
  }
  throw new NoChromiumError(howToGetOne(failures.join('; ')));
}

const INSTALL_TIMEOUT_MS = 15 * 60_000;

export function realMachine(): Machine {
  return {
    env: process.env,
    isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        return ''; // an unsupported platform: Playwright has no build for it
      }
    },
    canAptInstall: () =>
      process.getuid?.() === 0 && existsSync('/etc/debian_version') && findOnPath('apt-get', process.env.PATH ?? ''),
    run: (command, args, env = {}) => {
      const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: INSTALL_TIMEOUT_MS });
      if (result.status === 0) return null;
      if (result.error) return result.error.message;
      return summarise(`${result.stdout ?? ''}\n${result.stderr ?? ''}`) || `exit status ${result.status}`;
    },
    say: (line) => console.log(line),
  };
}

function findOnPath(command: string, path: string): boolean {
  return path.split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** The first and last error lines of a command's output, without stack frames. */
function summarise(output: string): string {
  const errors = output.split('\n').map((line) => line.trim()).filter((line) => /error|fail|unable|^E:/i.test(line) && !line.startsWith('at '));
  return [...new Set([errors[0], errors.at(-1)])].filter(Boolean).join(' … ');
}
