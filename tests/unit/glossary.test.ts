import { describe, expect, it } from 'vitest';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { siteFactsSchema } from '../../src/schemas/site';
import { basisNote, firstTermUse, glossaryHref, termPatterns } from '../../src/lib/glossary';
import { findGlossaryProblems } from '../../src/content/rules/glossary';
import { linkTermsInText } from '../../src/integrations/glossary-links';
import { realContent } from '../support/content';

const entries = realContent().glossary;
const patterns = termPatterns(entries);

describe('the glossary data', () => {
  it('defines every term the issue names, each once', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'rubric', 'calibration', 'qa', 'qualification-test', 'edge-case', 'escalation', 'tier', 'tenure', 'quality-score',
      'rejection-rate', 'attempter', 'reviewer', 'team-lead', 'project-manager',
    ]) {
      expect(ids).toContain(id);
    }
  });
  it('a platform definition must name its source', () => {
    const attempter = entries.find((e) => e.id === 'attempter')!;
    expect(attempter.basis).toBe('platform');
    const { source: _dropped, ...withoutSource } = attempter;
    expect(glossaryEntrySchema.safeParse(withoutSource).error?.issues[0]?.path).toEqual(['source']);
  });
  it('says whose meaning each definition gives', () => {
    expect(basisNote('site')).toMatch(/guide's own definition/);
    expect(basisNote('article')).toMatch(/article/);
    expect(basisNote('platform')).toMatch(/platform's own name/);
    expect(basisNote('source')).toMatch(/published source/);
  });
});

describe('rules across glossary entries', () => {
  const site = realContent().site;
  const sourceIds = realContent().sources.map((s) => s.id);
  it('finds none in the real data', () => expect(findGlossaryProblems(entries, site, sourceIds)).toEqual([]));
  it('refuses a source that sources.yaml does not list', () => {
    const known = sourceIds.filter((id) => id !== 'remotasks-super-reviewers');
    expect(findGlossaryProblems(entries, site, known).map((p) => p.problem)).toEqual([
      'source "remotasks-super-reviewers" is not in content/data/sources.yaml',
    ]);
  });
  it('refuses a form listed under two terms, naming both', () => {
    const clash = [...entries, { id: 'review-lead', term: 'Review lead', forms: ['Reviewers'] }];
    expect(findGlossaryProblems(clash, site, sourceIds)).toEqual([
      {
        file: 'content/data/glossary.yaml',
        entry: 'review-lead',
        problem: 'the form "Reviewers" is also listed under "reviewer"',
        fix: 'list each form under one term only, so a use links to one definition',
      },
    ]);
  });
  it('wants exactly one site entry', () => {
    expect(findGlossaryProblems(entries, [], sourceIds)[0]?.problem).toBe('it holds 0 entries');
  });
});

describe('finding the first use of a term', () => {
  const none = new Set<string>();
  it('matches whole words only, in any case, longest form first', () => {
    expect(firstTermUse('Read the Rubric twice', patterns, none)).toEqual({ id: 'rubric', index: 9, text: 'Rubric' });
    expect(firstTermUse('tiered pay', patterns, none)).toBeNull();
    expect(firstTermUse('flag edge cases early', patterns, none)).toEqual({ id: 'edge-case', index: 5, text: 'edge cases' });
  });
  it('keeps abbreviations to their capitals', () => {
    expect(firstTermUse('qa is lowercase here', patterns, none)).toBeNull();
    expect(firstTermUse('Reviewer/QA', patterns, none)).toEqual({ id: 'reviewer', index: 0, text: 'Reviewer' });
    expect(firstTermUse('Reviewer/QA', patterns, new Set(['reviewer']))).toEqual({ id: 'qa', index: 9, text: 'QA' });
  });
  it('prefers "team lead" to a later "reviewer", by position', () => {
    expect(firstTermUse('Team leads are picked from reviewers', patterns, none)?.id).toBe('team-lead');
  });
});

describe('linking the first use of each term in a text', () => {
  it('links each term once, keeping the text around it', () => {
    const used = new Set<string>();
    const nodes = linkTermsInText('A reviewer reads the rubric; another reviewer agrees.', patterns, used)!;
    expect(nodes).toEqual([
      { type: 'text', value: 'A ' },
      { type: 'element', tagName: 'a', properties: { href: '/glossary/#reviewer', className: ['glossary-term'] }, children: [{ type: 'text', value: 'reviewer' }] },
      { type: 'text', value: ' reads the ' },
      { type: 'element', tagName: 'a', properties: { href: '/glossary/#rubric', className: ['glossary-term'] }, children: [{ type: 'text', value: 'rubric' }] },
      { type: 'text', value: '; another reviewer agrees.' },
    ]);
    // Later text on the same page links nothing already linked.
    expect(linkTermsInText('The reviewer again.', patterns, used)).toBeNull();
  });
  it('points at an anchor of the glossary page', () => expect(glossaryHref('edge-case')).toBe('/glossary/#edge-case'));
});

describe('site facts', () => {
  it('reads the review date and refuses a malformed one', () => {
    const [site] = realContent().site;
    expect(siteFactsSchema.parse(site).reviewed.toISOString().slice(0, 10)).toBe('2026-12-02');
    expect(siteFactsSchema.safeParse({ ...(site as object), reviewed: '2026-13-45' }).success).toBe(false);
  });
});
