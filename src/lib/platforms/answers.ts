// The answers page's content, resolved at build time: each question's facts with their source markers, per platform
// in the comparison's column order, and the platforms no source answers for. Pure; answers.yaml is checked first
// (src/content/rules/answers.ts), so every source and row it names exists.
import type { Answer, AnswerFact } from '../../schemas/answers';
import type { Platform } from '../../schemas/platforms';
import type { Source } from '../../schemas/sources';
import { sourceMarker, type CitedFact, type SourceMarker } from './sources';

/** Where the answers live; `?platform=<id>` shows one platform's, `#<question id>` is a question. */
export const ANSWERS_PAGE_PATH = '/answers/';

/** The link to a platform's answers, `/answers/?platform=mercor`; add `#<question id>` to go to a question. */
export function answersHref(platformId: string): string {
  return `${ANSWERS_PAGE_PATH}?platform=${encodeURIComponent(platformId)}`;
}

/** One platform's card under a question. */
export interface AnswerCard {
  platformId: string;
  platform: string;
  /** The card's anchor: `paid-mercor`. */
  anchor: string;
  facts: CitedFact[];
}

/** A question ready to render. */
export interface CitedAnswer {
  id: Answer['id'];
  title: string;
  reading: string;
  everyone: CitedFact[];
  signs: { text: string; markers: SourceMarker[] }[];
  cards: AnswerCard[];
  /** Platforms of the comparison that no source answers this for, in column order. */
  unanswered: { platformId: string; platform: string }[];
}

/** Resolves every fact to its text and marker; the platforms are taken in the comparison's order. */
export function citeAnswers(
  answers: readonly Answer[],
  platforms: readonly Pick<Platform, 'id' | 'name' | 'order' | 'facts'>[],
  sources: readonly Source[],
  today: string,
): CitedAnswer[] {
  const markers = new Map(sources.map((source) => [source.id, sourceMarker(source, today)]));
  const markerOf = (id: string) => {
    const marker = markers.get(id);
    if (!marker) throw new Error(`No source "${id}" in content/data/sources.yaml`);
    return marker;
  };
  const byOrder = [...platforms].sort((a, b) => a.order - b.order);
  const cite = (fact: AnswerFact, platform?: (typeof byOrder)[number]): CitedFact => {
    if (!('row' in fact)) return { text: fact.text, marker: markerOf(fact.source) };
    const found = platform?.facts[fact.row]?.find((candidate) => candidate.source === fact.source);
    if (!found) throw new Error(`No "${fact.row}" fact from "${fact.source}" for ${platform?.id ?? 'everyone'} in content/data/platforms.yaml`);
    return { text: found.text, marker: markerOf(fact.source) };
  };
  return answers.map((answer) => ({
    id: answer.id,
    title: answer.title,
    reading: answer.reading,
    everyone: answer.everyone.map((fact) => cite(fact)),
    signs: (answer.signs ?? []).map((sign) => ({ text: sign.text, markers: sign.sources.map(markerOf) })),
    cards: byOrder.flatMap((platform) => {
      const facts = answer.platforms[platform.id];
      return facts ? [{ platformId: platform.id, platform: platform.name, anchor: `${answer.id}-${platform.id}`, facts: facts.map((fact) => cite(fact, platform)) }] : [];
    }),
    unanswered: byOrder.filter((platform) => !answer.platforms[platform.id]).map((platform) => ({ platformId: platform.id, platform: platform.name })),
  }));
}

/** The heading /sources/ files a source under when only facts for every platform cite it. */
export const EVERY_PLATFORM = 'Every platform';

/** Where /sources/ lists a source the answers cite: the question, linked to the card (or section) that cites it. */
export interface AnswerCitation {
  source: string;
  /** The platform's name, or EVERY_PLATFORM. */
  platform: string;
  topic: string;
  /** The question's title. */
  text: string;
  /** The card or section on /answers/ the fact is in. */
  href: string;
}

/** Every source the answers cite with the place that cites it, for /sources/; a source is listed once per place. */
export function answerCitations(answers: readonly Answer[], platforms: readonly Pick<Platform, 'id' | 'name' | 'order'>[]): AnswerCitation[] {
  const topic = 'Answers';
  const citations = answers.flatMap((answer) => [
    ...answer.everyone.map((fact) => ({ source: fact.source, platform: EVERY_PLATFORM, topic, text: answer.title, href: `${ANSWERS_PAGE_PATH}#${answer.id}` })),
    ...(answer.signs ?? []).flatMap((sign) =>
      sign.sources.map((source) => ({ source, platform: EVERY_PLATFORM, topic, text: 'Signs of a scam', href: `${ANSWERS_PAGE_PATH}#scam-signs` })),
    ),
    ...[...platforms]
      .sort((a, b) => a.order - b.order)
      .flatMap((platform) =>
        (answer.platforms[platform.id] ?? []).map((fact) => ({
          source: fact.source,
          platform: platform.name,
          topic,
          text: answer.title,
          href: `${ANSWERS_PAGE_PATH}#${answer.id}-${platform.id}`,
        })),
      ),
  ]);
  return citations.filter((citation, index) => citations.findIndex((other) => other.source === citation.source && other.href === citation.href) === index);
}
