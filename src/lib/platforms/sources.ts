// Pure logic of source markers: what a fact's marker says (kind, date), what a screen reader hears, and when a
// source may be out of date. Runs at build time; the islands receive the finished markers as props.
import type { Platform, PlatformFact } from '../../schemas/platforms';
import type { Source, SourceKind } from '../../schemas/sources';
import { addMonths, formatDate, parseIsoDate, toIsoDate } from '../core/dates';
import { zoneOffsetSentence } from './zoned-week';

/** Where the list of sources lives; each source's entry is `#<id>` on it. */
export const SOURCES_PAGE_PATH = '/sources/';
/** A dated source older than this many months may be out of date. */
export const DATED_STALE_MONTHS = 24;
/** An undated source checked longer ago than this many months may be out of date. */
export const UNDATED_STALE_MONTHS = 12;
export const OUTDATED_NOTE = 'may be out of date';

/** The kind as readers see it on a marker. */
export const KIND_LABEL: Record<SourceKind, string> = {
  article: 'The article',
  official: 'Official',
  press: 'Press',
  'third-party': 'Third party',
  'worker-report': 'Worker report',
};

/**
 * The day `months` after a source's date (YYYY-MM-DD, or YYYY-MM read as its 1st), kept within the month it lands in:
 * monthsAfter("2024-03-14", 24) = "2026-03-14"; monthsAfter("2024-01-31", 1) = "2024-02-29".
 */
export function monthsAfter(date: string, months: number): string {
  const day = parseIsoDate(date.length === 7 ? `${date}-01` : date);
  return day === null ? date : toIsoDate(addMonths(day, months));
}

/**
 * True when a fact's source may be out of date on `today` (YYYY-MM-DD, the day of the build): its own date is over
 * 24 months old, or it shows no date and was checked over 12 months ago. Exactly 24 (or 12) months is not yet over.
 */
export function isPossiblyOutdated(source: Pick<Source, 'pageDate' | 'checked'>, today: string): boolean {
  return source.pageDate !== null
    ? today > monthsAfter(source.pageDate, DATED_STALE_MONTHS)
    : today > monthsAfter(source.checked, UNDATED_STALE_MONTHS);
}

/** Everything a fact's marker shows and says. */
export interface SourceMarker {
  /** Link to the source's entry on /sources/. */
  href: string;
  kind: SourceKind;
  /** Who published it, read before the visible label: "Appen (contributor help centre)". */
  name: string;
  /** Visible kind: "Official". */
  kindLabel: string;
  /** Visible date: "no date" or "14 Mar 2024". */
  dateLabel: string;
  /** Read after the visible label: "checked 2 December 2026". */
  checkedLabel: string;
  /** The whole of what a screen reader hears: "Source: Appen (contributor help centre), Official, no date, checked 2 December 2026". */
  spoken: string;
  /** The source may be out of date on the build date. */
  outdated: boolean;
}

/** The date part of a source's description: "no date", "published 14 March 2024", "data up to September 2023". */
export function pageDateText(source: Pick<Source, 'pageDate' | 'pageDateMeans'>, short = false): string {
  if (source.pageDate === null) return 'no date';
  const date = formatDate(source.pageDate, short);
  return short ? date : `${source.pageDateMeans ?? 'dated'} ${date}`;
}

/** Who or what a source is, as a reader would name it. */
export function sourceName(source: Pick<Source, 'kind' | 'publisher' | 'title'>): string {
  return source.kind === 'article' ? 'the career-ladder article' : (source.publisher ?? source.title);
}

export function sourceMarker(source: Source, today: string): SourceMarker {
  const name = sourceName(source);
  const kindLabel = KIND_LABEL[source.kind];
  const dateLabel = pageDateText(source, true);
  const checkedLabel = `checked ${formatDate(source.checked)}`;
  return {
    href: `${SOURCES_PAGE_PATH}#${source.id}`,
    kind: source.kind,
    name,
    kindLabel,
    dateLabel,
    checkedLabel,
    spoken: `Source: ${name}, ${kindLabel}, ${dateLabel}, ${checkedLabel}`,
    outdated: isPossiblyOutdated(source, today),
  };
}

/** A fact ready to show: its text and its marker. */
export interface CitedFact {
  text: string;
  marker: SourceMarker;
  /** A week the fact sets in the platform's time zone, to show on the reader's clock too, with what to say without JavaScript. */
  week?: NonNullable<PlatformFact['week']> & { withoutScript: string };
}

/** A platform whose facts carry their finished markers, as the comparison and the guide render them. */
export type CitedPlatform = Omit<Platform, 'facts'> & { facts: Partial<Record<string, CitedFact[]>> };

/** Attaches each fact's marker. Every cited source exists (the build checks that first). */
export function citePlatforms(platforms: readonly Platform[], sources: readonly Source[], today: string): CitedPlatform[] {
  const markers = new Map(sources.map((s) => [s.id, sourceMarker(s, today)]));
  const cite = (fact: PlatformFact): CitedFact => {
    const marker = markers.get(fact.source);
    if (!marker) throw new Error(`No source "${fact.source}" in content/data/sources.yaml`);
    if (!fact.week) return { text: fact.text, marker };
    return { text: fact.text, marker, week: { ...fact.week, withoutScript: zoneOffsetSentence(fact.week, Number(today.slice(0, 4))) } };
  };
  return platforms.map((platform) => ({
    ...platform,
    facts: Object.fromEntries(Object.entries(platform.facts).map(([rowId, facts]) => [rowId, (facts ?? []).map(cite)])),
  }));
}

/** A fact as /sources/ lists it under its source: the topic and the text. */
export interface Citation {
  topic: string;
  text: string;
  /** Where the fact is shown, when the text is only its heading there (a question of /answers/). */
  href?: string;
}

/** One source with the facts that cite it, grouped by platform in column order. */
export interface SourceEntry {
  source: Source;
  marker: SourceMarker;
  byPlatform: { platform: string; facts: Citation[] }[];
}

/** A section of /sources/: the article, then one per platform holding the sources it is the first to cite. */
export interface SourceSection {
  heading: string;
  entries: SourceEntry[];
}

/**
 * The sources grouped for /sources/: the article first, then each platform's sources in platform order. A source
 * cited for several platforms sits under the first of them and lists every citing fact. Sources cited by nothing
 * are left out (the build refuses them anyway).
 */
export function groupSources(
  sources: readonly Source[],
  platforms: readonly Pick<Platform, 'name' | 'facts'>[],
  rows: readonly { id: string; label: string }[],
  today: string,
  /** Places on other pages that cite a source (the answers), each under a platform's name or a heading of its own. */
  moreCitations: readonly { source: string; platform: string; topic: string; text: string; href: string }[] = [],
): SourceSection[] {
  const entries = new Map<string, SourceEntry>();
  const homes = new Map<string, string>();
  const add = (sourceId: string, platform: string, citation: Citation) => {
    const source = sources.find((s) => s.id === sourceId);
    if (!source) return;
    let entry = entries.get(source.id);
    if (!entry) {
      entry = { source, marker: sourceMarker(source, today), byPlatform: [] };
      entries.set(source.id, entry);
      homes.set(source.id, source.kind === 'article' ? 'The article' : platform);
    }
    let group = entry.byPlatform.find((g) => g.platform === platform);
    if (!group) entry.byPlatform.push((group = { platform, facts: [] }));
    group.facts.push(citation);
  };
  for (const platform of platforms) {
    for (const row of rows) {
      for (const fact of platform.facts[row.id] ?? []) add(fact.source, platform.name, { topic: row.label, text: fact.text });
    }
  }
  for (const { source, platform, topic, text, href } of moreCitations) add(source, platform, { topic, text, href });
  const headings = ['The article', ...platforms.map((p) => p.name), ...new Set(moreCitations.map((c) => c.platform))];
  return [...new Set(headings)]
    .map((heading) => ({
      heading,
      entries: [...entries.values()].filter((e) => homes.get(e.source.id) === heading),
    }))
    .filter((section) => section.entries.length > 0);
}
