// A fact with its source marker. Rendered by the comparison island and, as plain HTML with no JavaScript, by the
// guide's platforms page and /sources/, so a marker looks and reads the same everywhere.
import type { SourceKind } from '../schemas/sources';
import type { CitedFact, SourceMarker } from '../lib/platforms/sources';
import { NOT_STATED } from '../lib/platforms/platforms';
import { KIND_LABEL, OUTDATED_NOTE } from '../lib/platforms/sources';
import './SourcedFacts.css';

/** "(may be out of date)" beside a fact or a source whose date is old. */
export function OutdatedNote() {
  return <span class="source-mark__outdated"> ({OUTDATED_NOTE})</span>;
}

/** A source's kind in the marker's style, where it is not a link (the list of sources itself). */
export function SourceKindLabel({ kind }: { kind: SourceKind }) {
  return <span class={`source-mark source-mark--${kind}`}>{KIND_LABEL[kind]}</span>;
}

/**
 * A small link to the source's entry on /sources/. Sighted readers see the kind and date; a screen reader hears
 * the whole "Source: <publisher>, <kind>, <date>, checked <day>", which contains the visible words.
 */
export function SourceMark({ marker }: { marker: SourceMarker }) {
  return (
    <>
      <a class={`source-mark source-mark--${marker.kind}`} href={marker.href} aria-label={marker.spoken}>
        {marker.kindLabel} · {marker.dateLabel}
      </a>
      {marker.outdated && <OutdatedNote />}
    </>
  );
}

/**
 * One fact: worker reports carry a visible label and their own style, never that of an official fact. A week set in
 * the platform's time zone follows on a line of its own, which <zoned-week> (src/browser/zoned-week-element.ts) turns
 * to the reader's clock.
 */
export function SourcedFact({ fact }: { fact: CitedFact }) {
  const report = fact.marker.kind === 'worker-report';
  const week = fact.week;
  return (
    <span class={report ? 'sourced-fact sourced-fact--report' : 'sourced-fact'}>
      {report && <strong class="sourced-fact__flag">Unconfirmed worker report: </strong>}
      {fact.text} <SourceMark marker={fact.marker} />
      {week && (
        // Left out of the search index: a conversion of the fact above, not a fact of its own.
        <zoned-week
          data-pagefind-ignore
          class="zoned-week"
          data-zone={week.zone}
          data-zone-name={week.zoneName}
          data-start-day={week.startDay}
          data-start-time={week.startTime}
        >
          {week.withoutScript}
        </zoned-week>
      )}
    </span>
  );
}

/** A cell's facts, one per line, or a plain note when no source we checked covers it. */
export function FactList({ facts }: { facts: readonly CitedFact[] }) {
  if (facts.length === 0) return <span class="sourced-none">{NOT_STATED}</span>;
  if (facts.length === 1) return <SourcedFact fact={facts[0]!} />;
  return (
    <ul class="sourced-list">
      {facts.map((fact) => (
        <li key={fact.text}>
          <SourcedFact fact={fact} />
        </li>
      ))}
    </ul>
  );
}
