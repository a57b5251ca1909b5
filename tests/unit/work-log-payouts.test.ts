// Money in flight (issue 25): expected pay dates from the sourced schedules, what is owed and overdue, payouts checked
// as typed, and what the reader's own payouts teach. Every expected value is worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { unsplit, type Entry } from '../../src/lib/work-log/fields';
import {
  expectedPayDate,
  owedByPlatform,
  payRulesOf,
  type PayRules,
} from '../../src/lib/work-log/schedules';
import { NO_PAYOUT_SETTINGS, readPayoutSettings } from '../../src/lib/settings/reader-settings';
import {
  EMPTY_PAYOUT_FORM,
  coveredEntries,
  payoutRecords,
  rateReceived,
  readStoredPayout,
  receivedByMonth,
  validatePayout,
  type Payout,
} from '../../src/lib/work-log/payouts';
import { realContent } from '../support/content';

const { platforms, sources } = realContent();
const RULES = payRulesOf(platforms, sources, '2026-12-07');
const rulesOf = (name: string): PayRules => RULES.find((rules) => rules.platform === name)!;
const schedule = (name: string, method?: string) => rulesOf(name).schedules.find((s) => !method || ('method' in s && s.method === method))!;

let serial = 0;
const entry = (date: string, platform: string, earningsUsd: number, payoutId: string | null = null): Entry => ({
  date, platform, project: '', level: 1, paidHours: 1, unpaidHours: 0, ...unsplit(0), tasks: 1, earningsUsd, qualityPct: null, rejected: null, notes: '',
  id: `e${++serial}`, createdAt: serial, updatedAt: serial, payoutId,
});
const payout = (fields: Partial<Payout> & Pick<Payout, 'id' | 'platform' | 'receivedOn' | 'amountUsd' | 'coversUpTo'>): Payout => ({
  createdAt: 1, updatedAt: 1, settled: false, local: null, ...fields,
});

describe('the pay rules come from the sourced facts', () => {
  it('reads the schedules, the minimum, the hold and the missing-payment help of the platforms that state them', () => {
    expect(RULES.map((rules) => rules.platform).sort()).toEqual(['Alignerr', 'Appen', 'Braintrust', 'Mercor']);
    expect(rulesOf('Mercor').schedules).toEqual([
      expect.objectContaining({ kind: 'weekly', zone: 'Asia/Kolkata', weekStarts: 'Saturday', paidOn: 'Thursday', source: expect.objectContaining({ href: '/sources/#mercor-time-tracking' }) }),
    ]);
    expect(rulesOf('Mercor').firstPayoutHold).toMatchObject({ days: 7, source: { href: '/sources/#mercor-contracts' } });
    expect(rulesOf('Mercor').missingPayment).toMatchObject({ href: '/sources/#mercor-support' });
    expect(rulesOf('Appen').minimum).toMatchObject({ method: 'Payoneer', usd: 5, source: { href: '/sources/#appen-missing-invoice' } });
    expect(rulesOf('Appen').schedules.map((s) => ('method' in s ? s.method : ''))).toEqual(['Payoneer', 'PayPal']);
    // TELUS International AI counts pay by the month but no source gives its pay day.
    expect(RULES.find((rules) => rules.platform === 'TELUS International AI')).toBeUndefined();
  });
});

describe("Mercor's week, Saturday 00:00 to Friday 23:59 in India, paid the Thursday after", () => {
  const mercor = () => schedule('Mercor');
  it.each([
    // Noon on Friday 4 December in Manila (UTC+8) is 09:30 in India, Friday: the week of 28 November to 4 December,
    // paid Thursday 10 December in India; noon then in India is 14:30 in Manila, still the 10th.
    ['Asia/Manila', '2026-12-10'],
    // Nairobi (UTC+3): noon is 14:30 in India, Friday; paid Thursday 10 December, 09:30 in Nairobi.
    ['Africa/Nairobi', '2026-12-10'],
    // São Paulo (UTC−3): noon is 20:30 in India, Friday; paid Thursday 10 December, 03:30 in São Paulo.
    ['America/Sao_Paulo', '2026-12-10'],
    // Los Angeles (UTC−8): noon Friday is 01:30 on Saturday 5 December in India, the next week (5 to 11 December),
    // paid Thursday 17 December in India, which is 22:30 on Wednesday 16 December in Los Angeles.
    ['America/Los_Angeles', '2026-12-16'],
  ])('work on Friday 4 December 2026 seen from %s is paid by %s', (zone, expected) => {
    expect(expectedPayDate(mercor(), '2026-12-04', zone)).toBe(expected);
  });
  it('in Los Angeles the week US clocks change (8 March 2026): the payout day moves with the clock', () => {
    // Friday 6 March, noon PST (UTC−8) = 20:00 UTC = 01:30 Saturday 7 March in India: week of 7 to 13 March, paid
    // Thursday 19 March in India; noon then = 06:30 UTC = 23:30 on Wednesday 18 March, PDT (UTC−7).
    expect(expectedPayDate(mercor(), '2026-03-06', 'America/Los_Angeles')).toBe('2026-03-18');
    // Thursday 12 March, noon PDT = 19:00 UTC = 00:30 Friday 13 March in India: the same week.
    expect(expectedPayDate(mercor(), '2026-03-12', 'America/Los_Angeles')).toBe('2026-03-18');
    // Thursday 5 March, noon PST = 20:00 UTC = 01:30 Friday 6 March in India: the week before, paid Thursday 12 March,
    // 22:30 on Wednesday 11 March in Los Angeles (still PST).
    expect(expectedPayDate(mercor(), '2026-03-05', 'America/Los_Angeles')).toBe('2026-03-11');
  });
});

describe('the other sourced schedules', () => {
  it('Appen, Payoneer: the 14th of the month after the work', () => {
    expect(expectedPayDate(schedule('Appen', 'Payoneer'), '2026-10-31', 'Europe/London')).toBe('2026-11-14');
    expect(expectedPayDate(schedule('Appen', 'Payoneer'), '2026-12-01', 'Europe/London')).toBe('2027-01-14');
  });
  it('Appen, PayPal: the first Thursday after the work, Pacific time', () => {
    // Wednesday 9 December noon in London = 04:00 Pacific, Wednesday: paid Thursday 10 December, noon Pacific = 20:00 London.
    expect(expectedPayDate(schedule('Appen', 'PayPal'), '2026-12-09', 'Europe/London')).toBe('2026-12-10');
    // Thursday 10 December noon in Manila = 20:00 on Wednesday 9 December, Pacific: paid Thursday 10 December, noon
    // Pacific = 04:00 on Friday 11 December in Manila.
    expect(expectedPayDate(schedule('Appen', 'PayPal'), '2026-12-10', 'Asia/Manila')).toBe('2026-12-11');
  });
  it('Braintrust, net 30: thirty days after the work, across a month end', () => {
    // 15 January + 30 days = 14 February; 31 January + 30 = 2 March (February 2026 has 28 days).
    expect(expectedPayDate(schedule('Braintrust'), '2026-01-15', 'Africa/Lagos')).toBe('2026-02-14');
    expect(expectedPayDate(schedule('Braintrust'), '2026-01-31', 'Africa/Lagos')).toBe('2026-03-02');
  });
  it('Alignerr: the Monday-to-Sunday week, paid by the Friday after it', () => {
    // Wednesday 2 and Sunday 6 December are in the week of 30 November; Monday 7 December starts the next.
    expect(expectedPayDate(schedule('Alignerr'), '2026-12-02', 'Asia/Manila')).toBe('2026-12-11');
    expect(expectedPayDate(schedule('Alignerr'), '2026-12-06', 'Asia/Manila')).toBe('2026-12-11');
    expect(expectedPayDate(schedule('Alignerr'), '2026-12-07', 'Asia/Manila')).toBe('2026-12-18');
  });
});

describe('what is owed', () => {
  const context = (overrides: Partial<Parameters<typeof owedByPlatform>[1]> = {}) => ({
    rules: RULES,
    settings: NO_PAYOUT_SETTINGS,
    paidBefore: new Set<string>(),
    today: '2026-12-07',
    readerZone: 'Africa/Nairobi',
    ...overrides,
  });

  it('an Appen Payoneer amount under $5 is carried to the next month, and waits with no date while still under it', () => {
    const settings = { methods: { Appen: 'Payoneer' }, ownDays: {} };
    // October: $3, under $5, carried; November: $3 + $4 = $7, paid on 14 December with November's.
    const [appen] = owedByPlatform([entry('2026-10-20', 'Appen', 3), entry('2026-11-03', 'Appen', 4)], context({ settings }));
    expect(appen!.groups).toEqual([
      expect.objectContaining({ from: '2026-10-20', to: '2026-11-03', amount: 7, expected: '2026-12-14', overdueSince: null }),
    ]);
    // December's $2 alone stays under $5: no date yet.
    const [alone] = owedByPlatform([entry('2026-12-01', 'Appen', 2)], context({ settings }));
    expect(alone!.groups).toEqual([expect.objectContaining({ amount: 2, expected: null, basis: expect.objectContaining({ kind: 'carried', usd: 5 }) })]);
  });
  it('a platform that pays by several methods asks which is the reader’s', () => {
    const [appen] = owedByPlatform([entry('2026-12-01', 'Appen', 20)], context());
    expect(appen!.groups[0]!.basis).toEqual({ kind: 'chooseMethod', methods: ['Payoneer', 'PayPal'] });
    expect(appen!.groups[0]!.expected).toBeNull();
  });
  it('is overdue the day after its expected date, and a first Mercor payout is held 7 more days', () => {
    // Work on Friday 13 November (Nairobi): Mercor week of 7 to 13 November, paid Thursday 19 November; first payout
    // held 7 days: 26 November; overdue since 27 November.
    const first = owedByPlatform([entry('2026-11-13', 'Mercor', 100)], context())[0]!;
    expect(first.groups[0]).toMatchObject({ expected: '2026-11-26', overdueSince: '2026-11-27', held: { days: 7 } });
    expect([first.amount, first.overdue]).toEqual([100, 100]);
    // With a Mercor payout already recorded, no hold: 19 November.
    const later = owedByPlatform([entry('2026-11-13', 'Mercor', 100)], context({ paidBefore: new Set(['Mercor']) }))[0]!;
    expect(later.groups[0]).toMatchObject({ expected: '2026-11-19', held: null });
  });
  it('leaves out paid work and work that earned nothing; with no schedule, uses the reader’s own delay, or none', () => {
    const entries = [entry('2026-11-01', 'TELUS International AI', 50), entry('2026-11-02', 'TELUS International AI', 0), entry('2026-11-03', 'Mercor', 9, 'p1')];
    const [telus] = owedByPlatform(entries, context());
    expect(owedByPlatform(entries, context())).toHaveLength(1);
    expect(telus!).toMatchObject({ platform: 'TELUS International AI', amount: 50, oldestUnpaid: '2026-11-01' });
    expect(telus!.groups[0]).toMatchObject({ expected: null, basis: { kind: 'none' } });
    const own = owedByPlatform(entries, context({ settings: { methods: {}, ownDays: { 'TELUS International AI': 45 } } }))[0]!;
    // 1 November + 45 days = 16 December.
    expect(own.groups[0]).toMatchObject({ expected: '2026-12-16', basis: { kind: 'own', days: 45 }, overdueSince: null });
  });
});

describe('a payout as typed', () => {
  const log = [entry('2026-11-20', 'Mercor', 60), entry('2026-11-27', 'Mercor', 40), entry('2026-12-01', 'Appen', 10)];
  const form = (values: Partial<typeof EMPTY_PAYOUT_FORM>) => ({ ...EMPTY_PAYOUT_FORM, ...values });
  const check = (values: Partial<typeof EMPTY_PAYOUT_FORM>) => validatePayout(form(values), { entries: log, today: '2026-12-07' });

  it('covers the platform’s unpaid work up to its date', () => {
    const { fields, errors, covered } = check({ platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: '95.5', coversUpTo: '2026-11-27' });
    expect(errors).toEqual({});
    expect(fields).toEqual({ platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: 95.5, coversUpTo: '2026-11-27', local: null });
    expect(covered.map((e) => e.earningsUsd)).toEqual([60, 40]);
  });
  it('keeps what arrived in the reader’s currency, and the rate it gives', () => {
    const values = { platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: '100', coversUpTo: '2026-11-27', localAmount: '5,630.50' };
    const { fields } = validatePayout(form(values), { entries: log, today: '2026-12-07', localCode: 'PHP' });
    expect(fields?.local).toEqual({ code: 'PHP', amount: 5630.5 });
    // 5,630.50 pesos for 100 dollars: 56.305 to the dollar.
    expect(rateReceived(fields!)).toBeCloseTo(56.305, 10);
    expect(rateReceived({ ...fields!, amountUsd: 0 })).toBeNull();
    // Editing keeps the payout's own currency, whatever the reader's is now.
    const editing = { ...fields!, id: 'p', createdAt: 1, updatedAt: 1, settled: false };
    expect(validatePayout(form(values), { entries: log, today: '2026-12-07', localCode: 'KES', editing }).fields?.local?.code).toBe('PHP');
    for (const [localAmount, message] of [['0', /above 0/], ['-3', /above 0/], ['lots', /as a number/], ['9999999999999', /at most/]] as const) {
      const result = validatePayout(form({ ...values, localAmount }), { entries: log, today: '2026-12-07', localCode: 'PHP' });
      expect(result.fields).toBeNull();
      expect(result.errors.localAmount).toMatch(message);
    }
    expect(validatePayout(form(values), { entries: log, today: '2026-12-07', localCode: null }).errors.localAmount).toMatch(/Choose your currency/);
  });
  it.each([
    ['a payout dated in the future', { receivedOn: '2026-12-08' }, 'receivedOn', /cannot be dated in the future/],
    ['a payout dated before the work it covers', { receivedOn: '2026-11-25', coversUpTo: '2026-11-27' }, 'coversUpTo', /dated before the work it covers/],
    ['a negative amount', { amountUsd: '-5' }, 'amountUsd', /0 or more/],
    ['an amount that is not a number', { amountUsd: 'lots' }, 'amountUsd', /as a number/],
    ['no unpaid work on the platform up to the date', { coversUpTo: '2026-11-19' }, 'platform', /No unpaid work on Mercor up to that date/],
    ['no platform', { platform: '' }, 'platform', /Choose the platform/],
  ])('refuses %s, with a message beside the field, and gives nothing to save', (_name, values, field, message) => {
    const result = check({ platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: '95.5', coversUpTo: '2026-11-27', ...values });
    expect(result.fields).toBeNull();
    expect(result.errors[field as keyof typeof result.errors]).toMatch(message);
  });
  it('counts a payout’s own entries as unpaid when it is edited, but not another payout’s', () => {
    const paid = [entry('2026-11-20', 'Mercor', 60, 'mine'), entry('2026-11-21', 'Mercor', 5, 'other')];
    expect(coveredEntries(paid, { platform: 'Mercor', coversUpTo: '2026-11-30' }, 'mine').map((e) => e.payoutId)).toEqual(['mine']);
  });
});

describe('stored payouts', () => {
  const good = { id: 'p', createdAt: 1, updatedAt: 2, platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: 95.5, coversUpTo: '2026-11-27' };
  it('reads a good one (settled defaults to false) and refuses anything else', () => {
    expect(readStoredPayout(good)).toEqual({ ...good, settled: false, local: null });
    expect(readStoredPayout({ ...good, local: { code: 'PHP', amount: 5000 } })).toEqual({ ...good, settled: false, local: { code: 'PHP', amount: 5000 } });
    for (const bad of [null, 'x', { ...good, local: { code: 'XQZ', amount: 5 } }, { ...good, local: { code: 'PHP', amount: 0 } }, { ...good, local: 'PHP' }, { ...good, id: '' }, { ...good, amountUsd: -1 }, { ...good, amountUsd: 1.005 }, { ...good, coversUpTo: '2026-12-04' }, { ...good, receivedOn: '2026-02-30' }, { ...good, platform: 'a\u0000' }, { ...good, settled: 'yes' }]) {
      expect(readStoredPayout(bad)).toBeNull();
    }
  });
  it('reads the reader’s settings, dropping what is malformed', () => {
    expect(readPayoutSettings({ methods: { Appen: 'PayPal', x: 3 }, ownDays: { TELUS: 30, Other: -1, Big: 400, Half: 2.5 } })).toEqual({
      methods: { Appen: 'PayPal' },
      ownDays: { TELUS: 30 },
    });
    expect(readPayoutSettings('garbage')).toEqual(NO_PAYOUT_SETTINGS);
  });
});

describe('what the reader’s payouts teach', () => {
  it('days from work to money, earned against received, and money by month, leaving settled payouts out', () => {
    const payouts = [
      payout({ id: 'a', platform: 'Mercor', receivedOn: '2026-12-03', amountUsd: 95, coversUpTo: '2026-11-27' }),
      payout({ id: 'old', platform: 'Mercor', receivedOn: '2026-10-31', amountUsd: 500, coversUpTo: '2026-10-31', settled: true }),
    ];
    // Work on 20 and 27 November, paid 3 December: 13 and 6 days, 9.5 on average; earned 60 + 40 = 100, received 95.
    const entries = [entry('2026-11-20', 'Mercor', 60, 'a'), entry('2026-11-27', 'Mercor', 40, 'a'), entry('2026-10-01', 'Mercor', 500, 'old')];
    expect(payoutRecords(entries, payouts)).toEqual([{ platform: 'Mercor', averageDays: 9.5, earned: 100, received: 95, payouts: 1 }]);
    const months = receivedByMonth(payouts, '2026-12-07');
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2026-01', received: 0 });
    expect(months.at(-1)).toEqual({ month: '2026-12', received: 95 });
    expect(months.find((m) => m.month === '2026-10')!.received).toBe(0);
  });
});
