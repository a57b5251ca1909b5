// The order in which `npm test` finds or installs its Chromium, on a fake machine (tests/browser.ts).
import { describe, expect, it } from 'vitest';
import { NoChromiumError, chromiumExecutable, ensureChromium, type Machine } from '../browser';

const PLAYWRIGHT_CHROMIUM = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

/** A machine with the given files, where each command listed in `installs` creates that file. */
function fakeMachine({
  files = [] as string[],
  env = {} as Record<string, string>,
  aptAllowed = false,
  installs = {} as Record<string, string>,
}) {
  const present = new Set(files);
  const ran: string[] = [];
  const said: string[] = [];
  const machine: Machine = {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    isFile: (path) => present.has(path),
    playwrightChromium: () => PLAYWRIGHT_CHROMIUM,
    canAptInstall: () => aptAllowed,
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      const made = installs[line];
      if (made === undefined) return 'Error: getaddrinfo ENOTFOUND';
      if (made) present.add(made);
      return null;
    },
    say: (text) => said.push(text),
  };
  return { machine, ran, said };
}

describe('finding a Chromium', () => {
  it('takes CHROMIUM_PATH before anything else', () => {
    const { machine, said, ran } = fakeMachine({ files: ['/opt/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome' } });
    expect(ensureChromium(machine).path).toBe('/opt/chrome');
    expect(said).toEqual(['Browser tests use CHROMIUM_PATH: /opt/chrome']);
    expect(ran).toEqual([]);
  });

  it('says so when CHROMIUM_PATH points at nothing, rather than using another browser', () => {
    const { machine } = fakeMachine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/missing' } });
    expect(() => ensureChromium(machine)).toThrow(/CHROMIUM_PATH is \/opt\/missing, which is not a file/);
  });

  it('then the system Chromium on PATH, before Playwright’s own', () => {
    const { machine, said } = fakeMachine({ files: ['/usr/bin/chromium-browser', PLAYWRIGHT_CHROMIUM] });
    expect(ensureChromium(machine).path).toBe('/usr/bin/chromium-browser');
    expect(said).toEqual(['Browser tests use the system Chromium: /usr/bin/chromium-browser']);
  });

  it('then Playwright’s own when it is installed', () => {
    const { machine, ran } = fakeMachine({ files: [PLAYWRIGHT_CHROMIUM] });
    expect(chromiumExecutable(machine)).toBe(PLAYWRIGHT_CHROMIUM);
    expect(ensureChromium(machine).source).toBe("Playwright's Chromium");
    expect(ran).toEqual([]);
  });
});

describe('installing a Chromium', () => {
  it('runs `npx playwright install chromium` first and uses what it installed', () => {
    const { machine, ran, said } = fakeMachine({ aptAllowed: true, installs: { 'npx playwright install chromium': PLAYWRIGHT_CHROMIUM } });
    expect(ensureChromium(machine).path).toBe(PLAYWRIGHT_CHROMIUM);
    expect(ran).toEqual(['npx playwright install chromium']);
    expect(said).toEqual([
      "No Chromium found: installing Playwright's with `npx playwright install chromium`",
      `Browser tests use Playwright's Chromium: ${PLAYWRIGHT_CHROMIUM}`,
    ]);
  });

  it('falls back to apt-get (after apt-get update) when Playwright cannot download, as root on Debian', () => {
    const { machine, ran } = fakeMachine({ aptAllowed: true, installs: { 'apt-get update': '', 'apt-get install -y chromium': '/usr/bin/chromium' } });
    expect(ensureChromium(machine).path).toBe('/usr/bin/chromium');
    expect(ran).toEqual(['npx playwright install chromium', 'apt-get update', 'apt-get install -y chromium']);
  });

  it('where nothing works, one message says what failed and what to run', () => {
    const { machine } = fakeMachine({ aptAllowed: false });
    expect(() => chromiumExecutable(machine)).toThrow(NoChromiumError);
    let message = '';
    try {
      ensureChromium(machine);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^No Chromium for the browser tests: `npx playwright install chromium` failed: Error: getaddrinfo ENOTFOUND; apt-get was not tried/);
    expect(message).toContain('Run `npx playwright install chromium`');
    expect(message).toContain('`apt-get update && apt-get install -y chromium`');
  });
});
