import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { realContent } from '../support/content';

const PATH = '/tools/readiness/';
const STORAGE_KEY = 'ladder:readiness:v1';

const steps = realContent().transitions;
const stepTo = (rank: number) => steps.find((s) => s.to === rank)!;
const signalLabel = (rank: number, id: string) => stepTo(rank).readiness.signals.find((s) => s.id === id)!.label;

const signal = (page: Page, label: string) =>
  page.getByRole('list', { name: 'Signals for this step' }).getByRole('listitem').filter({ hasText: label });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Waits until the island has hydrated (its effects ran), so typing is not lost to the server-rendered markup. */
async function open(page: Page, query = '') {
  await page.goto(`${PATH}${query}`);
  await page.locator('.readiness[data-ready]').waitFor({ state: 'attached' });
}

test.describe('promotion readiness check', () => {
  test('Level 3: a quality rank in the top 15% is not met, the top 8% is met', async ({ page }) => {
    await open(page, '?target=3');
    await expect(page.getByLabel('Target level')).toHaveValue('3');
    const quality = signal(page, signalLabel(3, 'quality-rank'));
    const rank = page.getByLabel('Your quality rank (top %)');
    await rank.fill('15');
    await expect(quality).toContainText('Not yet');
    await expect(page.getByRole('heading', { name: 'Your next steps' })).toBeVisible();
    await rank.fill('8');
    await expect(quality).toContainText('Met');
    await expect(quality).not.toContainText('Not yet');
    await expect(page.getByText(/^1 of 2 signals met/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your next steps' })).toHaveCount(0);
  });

  test('blank inputs read "not known", never "not yet"', async ({ page }) => {
    for (const step of steps) {
      await open(page, `?target=${step.to}`);
      for (const s of step.readiness.signals) {
        await expect(signal(page, s.label), `${step.to} ${s.id}`).toContainText('Not known');
        await expect(signal(page, s.label)).not.toContainText('Not yet');
      }
      const measured = step.readiness.signals.filter((s) => s.rule.kind !== 'example').length;
      await expect(page.getByText(`0 of ${measured} signal`)).toBeVisible();
    }
  });

  test('a figure of zero is "not yet" where the article gives no number, and the next step links to the guide', async ({ page }) => {
    await open(page, '?target=3');
    await page.getByLabel('Calibration tasks with good results').fill('0');
    await expect(signal(page, signalLabel(3, 'calibration'))).toContainText('Not yet');
    await expect(signal(page, signalLabel(3, 'calibration'))).toContainText('the article gives no figure');
    const next = page.getByRole('heading', { name: 'Your next steps' }).locator('xpath=following-sibling::ul[1]');
    await expect(next.getByRole('listitem')).toHaveCount(1);
    await expect(
      next.getByRole('link', { name: `Read more in the guide about: ${signalLabel(3, 'calibration')}` }),
    ).toHaveAttribute('href', /^\/guide\/[a-z-]+\/$/);
  });

  test('Level 2: days of daily work read as progress beside the article\'s example, never "not yet" or "met"', async ({ page }) => {
    await open(page, '?target=2');
    const daily = signal(page, signalLabel(2, 'daily-activity'));
    for (const days of ['5', '29', '30']) {
      await page.getByLabel('Days active in the last 30').fill(days);
      await expect(daily).toContainText(`Yours: ${days} of 30 days.`);
      await expect(daily).toContainText('For comparison');
      await expect(daily).not.toContainText(/Not yet|Met/);
    }
    await expect(daily).toContainText("the article's example of steady work is tasks done on each of 30 days");
    await expect(daily).toContainText('not a threshold');
    // Not counted as a signal, nor listed as a next step.
    await expect(page.getByText('0 of 1 signal met; 1 not known yet')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your next steps' })).toHaveCount(0);
  });

  test('Level 3: calibration is the reader\'s call once done with good results, never "met"', async ({ page }) => {
    await open(page, '?target=3');
    const calibration = signal(page, signalLabel(3, 'calibration'));
    await page.getByLabel('Calibration tasks done').fill('12');
    await expect(calibration).toContainText('Not known');
    await page.getByLabel('Calibration tasks with good results').fill('0');
    await expect(calibration).toContainText('Not yet');
    for (const good of ['1', '3']) {
      await page.getByLabel('Calibration tasks with good results').fill(good);
      await expect(calibration).toContainText('Your call');
      await expect(calibration).not.toContainText('Met');
      await expect(calibration).toContainText(`Yours: ${good} with good results.`);
      await expect(calibration).toContainText('the article gives no figure');
    }
    // The reviewer rank is among people on your projects.
    await expect(signal(page, signalLabel(3, 'quality-rank'))).toContainText('top 10% among the workers on your projects, or better');
  });

  test('Level 4: having been a reviewer leaves "among the strongest reviewers?" to the reader', async ({ page }) => {
    await open(page, '?target=4');
    const record = signal(page, signalLabel(4, 'reviewer-record'));
    const months = page.getByLabel('Months at your current level');
    await months.fill('0');
    await expect(record).toContainText('Not yet');
    await months.fill('14');
    await expect(record).toContainText('Your call');
    await expect(record).toContainText('are you among the strongest reviewers on your projects?');
    await expect(page.getByText('0 of 1 signal met; 1 for you to judge')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your next steps' })).toBeVisible();
  });

  test('Level 5: the 6-month bar is shown with the 12+ month typical time, and strong performance is the reader\'s call', async ({ page }) => {
    await open(page, '?target=5');
    await page.getByLabel('Months at your current level').fill('4');
    const months = signal(page, signalLabel(5, 'team-lead-months'));
    await expect(months).toContainText(
      "at least 6 months in the role with strong performance (the article's bar); it puts the step itself at 12+ months, the typical time",
    );
    await expect(months).toContainText('Yours: 4 of 6 months.');
    await expect(months).toContainText('Not yet');
    await page.getByLabel('Months at your current level').fill('6');
    await expect(months).toContainText('Yours: 6 months: the time is there; whether the performance is strong is yours to judge.');
    await expect(months).toContainText('Your call');
    await expect(months).not.toContainText('Met');
  });

  test('"ask for the role" says the article ties asking to reviewer roles', async ({ page }) => {
    await open(page, '?target=4');
    await expect(page.getByText(/a short note citing your quality scores can speed up a move to reviewer/)).toBeVisible();
    await expect(page.getByText(/speed a promotion up/)).toHaveCount(0);
  });

  test('out-of-range figures get a message beside the field; the result never shows NaN or undefined', async ({ page }) => {
    await open(page);
    const cases: [string, string, RegExp][] = [
      ['Quality score (%)', '150', /above 100%/],
      ['Days active in the last 30', '31', /only 30 days/],
      ['Tasks completed', '-4', /0 or more/],
      ['Your quality rank (top %)', 'abc', /Enter a number/],
    ];
    for (const [label, value, message] of cases) {
      const field = page.getByLabel(label);
      await field.fill(value);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
      await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
    }
    await expect(page.getByRole('main')).not.toContainText(/NaN|undefined|Infinity/);
    // A figure with an error is left out of the draft, and the reader is told so.
    await page.getByRole('button', { name: 'Draft my request' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'left out' })).toBeVisible();
    expect(await page.getByLabel('Your message').inputValue()).not.toMatch(/150|31|-4|abc/);
    // An invalid figure counts as not known.
    await expect(signal(page, signalLabel(2, 'daily-activity'))).toContainText('Not known');
    await page.getByLabel('Days active in the last 30').fill('30');
    await expect(page.getByLabel('Days active in the last 30')).not.toHaveAttribute('aria-invalid');
    await expect(signal(page, signalLabel(2, 'daily-activity'))).toContainText('For comparison');
  });

  test('the draft cites exactly the figures given; Copy and Download as .txt deliver it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '?target=3');
    await page.getByLabel('Quality score (%)').fill('96.5');
    await page.getByLabel('Your quality rank (top %)').fill('8');
    await page.getByLabel('Calibration tasks done').fill('12');
    // Tasks completed is left blank, so it must not appear.
    await page.getByRole('button', { name: 'Draft my request' }).click();
    const draft = page.getByLabel('Your message');
    const text = await draft.inputValue();
    expect(text).toContain('Reviewer/QA role (Level 3)');
    expect(text).toContain('Level 2 (Advanced Tasker)');
    const cited = text.split('\n').filter((line) => line.startsWith('- '));
    expect(cited).toEqual([
      '- Quality score: 96.5%',
      '- Quality rank: top 8% of the workers on my projects',
      '- Calibration tasks completed: 12',
    ]);
    expect(text).not.toMatch(/undefined|NaN|null|\{|\}|Tasks completed/);

    // The text area is editable, and Copy / Download take the edited text.
    await draft.fill(`${text}\nAlex`);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${text}\nAlex`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as .txt' }).click()]);
    expect(download.suggestedFilename()).toBe('promotion-request-level-3.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(`${text}\nAlex`);
  });

  test('when the clipboard is blocked, Copy selects the text and says how to copy it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await open(page, '?target=4');
    await page.getByRole('button', { name: 'Draft my request' }).click();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copying was blocked' })).toBeVisible();
    const selected = await page.evaluate(() => {
      const area = document.querySelector('textarea')!;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe(await page.getByLabel('Your message').inputValue());
    expect(selected).toContain('Team Lead role (Level 4)');
  });

  test('with no figures the draft cites none and has no placeholder', async ({ page }) => {
    await open(page, '?target=5');
    await page.getByRole('button', { name: 'Draft my request' }).click();
    const text = await page.getByLabel('Your message').inputValue();
    expect(text).toContain('Project Manager role (Level 5)');
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toEqual([]);
    expect(text).not.toMatch(/undefined|NaN|null|\{|\}|\[/);
  });

  test('figures persist in this browser only, never in the URL, and "Forget my figures" clears them', async ({ page }) => {
    await open(page, '?target=3');
    await page.getByLabel('Your quality rank (top %)').fill('8');
    await page.getByLabel('Calibration tasks done').fill('3');
    await expect.poll(() => stored(page)).toContain('"qualityRankTopPercent": 8');
    expect(new URL(page.url()).search).toBe('?target=3');
    await page.reload();
    await page.locator('.readiness[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByLabel('Your quality rank (top %)')).toHaveValue('8');
    await expect(page.getByLabel('Calibration tasks done')).toHaveValue('3');

    await page.getByRole('button', { name: 'Forget my figures' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'removed from this browser' })).toBeVisible();
    expect(await stored(page)).toBeNull();
    await expect(page.getByLabel('Your quality rank (top %)')).toHaveValue('');
    await page.reload();
    await page.locator('.readiness[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByLabel('Calibration tasks done')).toHaveValue('');
    expect(await stored(page)).toBeNull();
  });

  test('export then import restores the figures', async ({ page }) => {
    await open(page, '?target=2');
    await page.getByLabel('Tasks completed').fill('1240');
    await page.getByLabel('Days active in the last 30').fill('27');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my figures' }).click()]);
    expect(download.suggestedFilename()).toBe('readiness-figures.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).figures).toMatchObject({ tasksCompleted: 1240, activeDaysLast30: 27, qualityScorePercent: null });

    await page.getByRole('button', { name: 'Forget my figures' }).click();
    await expect(page.getByLabel('Tasks completed')).toHaveValue('');
    await page.getByLabel('Import figures from a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByLabel('Tasks completed')).toHaveValue('1240');
    await expect(page.getByLabel('Days active in the last 30')).toHaveValue('27');
    await expect.poll(() => stored(page)).toContain('"tasksCompleted": 1240');
  });

  test('a wrong or hostile import is refused with a message and changes nothing', async ({ page }) => {
    await open(page, '?target=3');
    await page.getByLabel('Your quality rank (top %)').fill('8');
    await expect.poll(() => stored(page)).not.toBeNull();
    const before = await stored(page);
    const valid = { format: 'ladder-readiness', version: 1 };
    const hostile: [string, string][] = [
      ['prototype pollution', `{"__proto__":{"polluted":"yes"},"format":"ladder-readiness","version":1,"figures":{}}`],
      ['nested pollution', JSON.stringify({ ...valid, figures: { constructor: { prototype: { polluted: 'yes' } } } })],
      ['huge number', `{"format":"ladder-readiness","version":1,"figures":{"tasksCompleted":1e999}}`],
      ['wrong type', JSON.stringify({ ...valid, figures: { qualityRankTopPercent: '5' } })],
      ['HTML string', JSON.stringify({ ...valid, figures: { qualityScorePercent: '<img src=x onerror=alert(1)>' } })],
      ['HTML key', JSON.stringify({ ...valid, '<img src=x onerror=alert(1)>': 1, figures: {} })],
      ['out of range', JSON.stringify({ ...valid, figures: { qualityScorePercent: 101 } })],
      ['not JSON', 'qualityRankTopPercent=1'],
      ['wrong format', JSON.stringify({ format: 'other', version: 1, figures: {} })],
      ['an array', '[1,2,3]'],
      ['too large', JSON.stringify({ ...valid, figures: {}, padding: 'x'.repeat(10_000) })],
    ];
    for (const [name, content] of hostile) {
      await page.getByLabel('Import figures from a file').setInputFiles({ name: 'figures.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(page.getByRole('alert'), name).toContainText('Nothing was changed.');
      await expect(page.getByLabel('Your quality rank (top %)'), name).toHaveValue('8');
      expect(await stored(page), name).toBe(before);
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted), name).toBeUndefined();
      await expect(page.locator('main img'), name).toHaveCount(0);
    }
  });

  test('?target presets the level; a garbage target falls back to the default and is dropped from the URL', async ({ page }) => {
    await open(page, '?target=4');
    await expect(page.getByLabel('Target level')).toHaveValue('4');
    await expect(page.getByLabel('Months at your current level')).toBeVisible();
    await expect(signal(page, signalLabel(4, 'reviewer-record'))).toBeVisible();

    for (const garbage of ['9', '1', 'abc', '3.5', '%3Cscript%3E', '']) {
      await open(page, `?target=${garbage}`);
      await expect(page.getByLabel('Target level'), garbage).toHaveValue('2');
      await expect(page, garbage).toHaveURL(new RegExp(`${PATH}$`));
    }

    await page.getByLabel('Target level').selectOption('5');
    await expect(page).toHaveURL(/\?target=5$/);
    await expect(signal(page, signalLabel(5, 'team-lead-months'))).toBeVisible();
  });

  test('garbage in storage is ignored in favour of blank figures', async ({ page }) => {
    for (const garbage of ['not json', '{"format":"ladder-readiness","version":1,"figures":{"tasksCompleted":-1}}', '{"__proto__":{"x":1}}']) {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, garbage] as const);
      await open(page, '?target=2');
      await expect(page.getByLabel('Tasks completed')).toHaveValue('');
      await expect(page.getByText(/^0 of 1 signal met/)).toBeVisible();
    }
  });

});

test.describe('guide links', () => {

  for (const step of steps) {
    test(`the guide page for Level ${step.to} links here with the target preset`, async ({ page }) => {
      const response = await page.goto(step.guidePath);
      expect(response?.status()).toBe(200);
      const link = page.getByRole('link', { name: /Check your readiness/ }).first();
      await expect(link).toHaveAttribute('href', `${PATH}?target=${step.to}`);
      await link.click();
      await page.locator('.readiness[data-ready]').waitFor({ state: 'attached' });
      await expect(page.getByLabel('Target level')).toHaveValue(String(step.to));
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the default step with every signal not known, and the bars for each step', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Promotion readiness check');
    await expect(page.getByLabel('Target level')).toHaveValue('2');
    for (const s of stepTo(2).readiness.signals) await expect(signal(page, s.label)).toContainText('Not known');
    const table = page.getByRole('table', { name: 'Measurable signals by target level' });
    for (const step of steps) for (const s of step.readiness.signals) await expect(table).toContainText(s.label);
    await expect(table).toContainText('top 10% among the workers on your projects, or better');
    await expect(table).toContainText("the article's example of steady work");
  });
});
