// Issue 28: the answers' data rules (every fact's source exists, a row fact picks one comparison fact, the questions in
// order) on the real content and on broken copies, and how the page's content is resolved.
import { mkdtempSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, realContent } from '../support/content';
import { findContentProblems } from '../../src/content/check';
import { describeProblem } from '../../src/content/problems';
import { answerSourceIds, findAnswerProblems } from '../../src/content/rules/answers';
import { QUESTION_IDS, type Answer } from '../../src/schemas/answers';
import { answerCitations, answersHref, citeAnswers } from '../../src/lib/platforms/answers';

const copies: string[] = [];
afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The problems the build reports for a copy of content/ whose answers.yaml `edit` changed. */
function problemsWithAnswers(edit: (answers: Answer[]) => Answer[]): string[] {
  const root = mkdtempSync(join(tmpdir(), 'answers-check-'));
  copies.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  const file = join(root, 'content/data/answers.yaml');
  writeFileSync(file, stringify(edit(parse(readFileSync(file, 'utf8')) as Answer[])));
  return findContentProblems(root).map(describeProblem);
}
const withAnswer = (id: Answer['id'], change: (answer: Answer) => Answer) => (answers: Answer[]) =>
  answers.map((answer) => (answer.id === id ? change(answer) : answer));

const { answers, platforms, sources } = realContent();

describe('the answers data', () => {
  it('is sound: eight questions in order, every source and comparison fact it names exists', () => {
    expect(answers.map((answer) => answer.id)).toEqual([...QUESTION_IDS]);
    expect(findAnswerProblems(answers, platforms, sources)).toEqual([]);
    const known = new Set(sources.map((source) => source.id));
    expect(answerSourceIds(answers).filter((id) => !known.has(id))).toEqual([]);
  });

  it('stops the build on a fact whose source does not exist, naming the file, the question and the fix', () => {
    const problems = problemsWithAnswers(
      withAnswer('paid', (answer) => ({
        ...answer,
        platforms: { ...answer.platforms, mercor: [...answer.platforms.mercor!, { text: 'Paid by pigeon.', source: 'no-such-page' }] },
      })),
    );
    expect(problems).toEqual([
      `content/data/answers.yaml, entry "paid": platforms.mercor.${realContent().answers[1]!.platforms.mercor!.length} cites the unknown source "no-such-page"; add it to content/data/sources.yaml or fix the id`,
    ]);
  });

  it('refuses a sign or a fact for every platform whose source does not exist', () => {
    const problems = problemsWithAnswers(
      withAnswer('legit', (answer) => ({
        ...answer,
        everyone: [{ text: 'x', source: 'gone' }],
        signs: [{ text: 'y', sources: ['appen-scam-awareness', 'also-gone'] }],
      })),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('entry "legit": everyone.0 cites the unknown source "gone"'),
        expect.stringContaining('entry "legit": signs.0 cites the unknown source "also-gone"'),
      ]),
    );
  });

  it('refuses a row fact the comparison does not have, an unknown platform and questions out of order', () => {
    const problems = problemsWithAnswers((all) =>
      withAnswer('tests', (answer) => ({
        ...answer,
        platforms: { ...answer.platforms, braintrust: [{ row: 'paySchedule', source: 'article' }], nowhere: [{ text: 'z', source: 'article' }] },
      }))([all[1]!, all[0]!, ...all.slice(2)]),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/data\/answers\.yaml: the questions are paid, no-tasks, .*; list each question once, in this order: no-tasks, paid,/),
        expect.stringContaining(`entry "tests": platforms.braintrust.0 points at braintrust's "paySchedule" fact from "article"`),
        expect.stringContaining('entry "tests": platforms lists "nowhere", which is not in content/data/platforms.yaml'),
      ]),
    );
  });
});

describe('the answers as the page shows them', () => {
  const cited = citeAnswers(answers, platforms, sources, '2026-12-07');
  const question = (id: Answer['id']) => cited.find((answer) => answer.id === id)!;
  const cardOf = (id: Answer['id'], platform: string) => question(id).cards.find((card) => card.platformId === platform)!;

  it('takes a row fact’s words from the comparison, so its numbers live once', () => {
    const schedule = platforms.find((p) => p.id === 'mercor')!.facts.paySchedule![0]!;
    expect(cardOf('paid', 'mercor').facts[0]!.text).toBe(schedule.text);
  });

  it('lists cards in the comparison’s column order and names the platforms no source answers for', () => {
    const order = [...platforms].sort((a, b) => a.order - b.order).map((p) => p.id);
    const paid = question('paid');
    expect(paid.cards.map((card) => card.platformId)).toEqual(order.filter((id) => paid.cards.some((card) => card.platformId === id)));
    expect([...paid.cards.map((c) => c.platformId), ...paid.unanswered.map((u) => u.platformId)].sort()).toEqual([...order].sort());
    expect(question('legit').unanswered.map((u) => u.platform)).toContain('Mercor');
    expect(cardOf('paid', 'mercor').anchor).toBe('paid-mercor');
  });

  it('keeps each source’s kind and marks old sources: a 2023 policy is out of date on 2026-12-07, a 2025 alert is not', () => {
    const countries = cardOf('countries', 'remotasks').facts.find((fact) => fact.marker.href === '/sources/#remotasks-working-location')!;
    expect(countries.marker.outdated).toBe(true);
    expect(question('legit').everyone[0]!.marker).toMatchObject({ kind: 'official', outdated: false, dateLabel: 'Aug 2025' });
    expect(cardOf('no-tasks', 'outlier').facts.map((fact) => fact.marker.kind)).toEqual(['third-party', 'worker-report']);
  });

  it('gives /sources/ a link to each place a source is cited, and the link to a platform’s answers', () => {
    const citations = answerCitations(answers, platforms);
    expect(citations).toContainEqual({ source: 'mercor-taxes', platform: 'Mercor', topic: 'Answers', text: 'Taxes outside the US (W-8BEN)', href: '/answers/#taxes-mercor' });
    expect(citations).toContainEqual(expect.objectContaining({ source: 'ftc-task-scams', href: '/answers/#scam-signs' }));
    expect(answersHref('telus')).toBe('/answers/?platform=telus');
  });
});
