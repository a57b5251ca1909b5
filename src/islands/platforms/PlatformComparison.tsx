// The platform comparison: choose platforms, hide rows where they agree, rank them for a priority.
// All logic lives in src/lib/platforms/platforms.ts; this island renders it and keeps the state in the URL.
import { useState } from 'preact/hooks';
import type { PlatformRow } from '../../schemas/platforms';
import type { CitedPlatform } from '../../lib/platforms/sources';
import {
  PRIORITIES,
  cellFacts,
  defaultComparison,
  parseComparison,
  rankPlatforms,
  serialiseComparison,
  togglePlatform,
  visibleRows,
  type ComparisonState,
} from '../../lib/platforms/platforms';
import { ShareControls } from '../../ui/ShareControls';
import { TableScroll } from '../../ui/TableScroll';
import { useAddress } from '../../ui/hooks';
import { FactList, SourceMark } from '../../ui/SourcedFacts';
import './platform-comparison.css';

interface Props {
  /** Comparison rows, top to bottom. */
  rows: PlatformRow[];
  /** Every platform, in display order, each fact with its finished source marker. */
  platforms: CitedPlatform[];
  /** Each platform's answers on /answers/, by platform id (written at build time, so no link code ships). */
  answersLinks: Record<string, string>;
}

const FIT_LABEL = { strong: 'Strong match', partial: 'Partial match', weak: 'Weak match' } as const;

export default function PlatformComparison({ rows, platforms, answersLinks }: Props) {
  const ids = platforms.map((p) => p.id);
  const defaultIds = platforms.filter((p) => p.inArticle).map((p) => p.id);
  // The first render (on the server, and at hydration) is always the default, so the markup matches;
  // the URL is read once mounted.
  const [state, setState] = useState<ComparisonState>(() => defaultComparison(defaultIds));
  const [notice, setNotice] = useState('');
  const codec = {
    read: (search: string) => parseComparison(search, ids, defaultIds),
    write: (next: ComparisonState) => serialiseComparison(next, ids, defaultIds),
  };
  const { mounted } = useAddress(codec, state, { onLoad: (linked) => linked && setState(linked) });

  const chosen = platforms.filter((p) => state.platforms.includes(p.id));
  const caption = `How ${chosen.length === 1 ? 'the chosen platform works' : 'the chosen platforms compare'}, with the source of each fact`;
  const shownRows = visibleRows(rows, chosen, state.onlyDifferences);
  const hiddenRows = rows.filter((row) => !shownRows.includes(row));
  const priority = PRIORITIES.find((p) => p.id === state.priority);
  const ranking = priority ? rankPlatforms(chosen, priority.id) : [];

  const onTogglePlatform = (id: string) => {
    const next = togglePlatform(state.platforms, id, ids);
    setNotice(next ? '' : 'At least one platform stays chosen.');
    if (next) setState({ ...state, platforms: next });
  };

  return (
    <div class="platform-compare">
      {/* Disabled until hydrated: with JavaScript off the controls could not do anything. */}
      <fieldset class="platform-compare__controls" disabled={!mounted}>
        <legend class="visually-hidden">Comparison settings</legend>
        <fieldset class="platform-compare__group">
          <legend>Platforms to compare</legend>
          <div class="platform-compare__options">
            {platforms.map((p) => (
              <label class="platform-compare__option" key={p.id}>
                <input type="checkbox" checked={state.platforms.includes(p.id)} onChange={() => onTogglePlatform(p.id)} />
                {p.name}
              </label>
            ))}
          </div>
          <p class="platform-compare__notice" role="status">
            {notice}
          </p>
        </fieldset>
        <label class="platform-compare__option platform-compare__switch">
          <input
            type="checkbox"
            checked={state.onlyDifferences}
            onChange={(e) => setState({ ...state, onlyDifferences: e.currentTarget.checked })}
          />
          Show only differences
        </label>
        <fieldset class="platform-compare__group">
          <legend>What matters most to you?</legend>
          <div class="platform-compare__options platform-compare__options--stacked">
            {PRIORITIES.map((p) => (
              <label class="platform-compare__option" key={p.id}>
                <input
                  type="radio"
                  name="platform-priority"
                  value={p.id}
                  checked={state.priority === p.id}
                  onChange={() => setState({ ...state, priority: p.id })}
                />
                {p.label}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      {mounted && (
        <ShareControls
          onReset={() => {
            setNotice('');
            setState(defaultComparison(defaultIds));
          }}
        />
      )}

      <section class="platform-compare__ranking" aria-labelledby="platform-ranking-heading">
        <h2 id="platform-ranking-heading">Which suits you</h2>
        {priority ? (
          <>
            <p id="platform-ranking-intro">Ranked for “{priority.label}”, best first, among the platforms you are comparing:</p>
            <ol class="platform-compare__ranked" aria-labelledby="platform-ranking-intro">
              {ranking.map((r) => (
                <li key={r.id}>
                  <strong>{r.name}</strong>{' '}
                  <span class="platform-compare__fit">{r.fit ? `${FIT_LABEL[r.fit]} (our judgement).` : 'No match.'}</span> {r.reason}{' '}
                  {r.fact && <SourceMark marker={r.fact.marker} />}
                </li>
              ))}
            </ol>
            <p class="platform-compare__judgement">
              The ranking and its strong, partial and weak match labels are this site’s own reading of the sourced facts, not
              something any platform or source says.
            </p>
          </>
        ) : (
          <p>Choose what matters most to you above, and the platforms are ranked for it here.</p>
        )}
      </section>

      <h2>How they compare</h2>
      <TableScroll label={caption}>
        <table class="platform-compare__table">
          {/* Named for assistive technology; the heading above says the same to the eye and does not scroll away. */}
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {chosen.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {chosen.map((p) => (
                  <td key={p.id}>
                    <FactList facts={cellFacts(p, row.id)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {/* Never hidden as "the same": each column links to its own platform's answers. */}
          <tfoot>
            <tr>
              <th scope="row">What workers ask</th>
              {chosen.map((p) => (
                <td key={p.id}>
                  <a href={answersLinks[p.id]}>Answers for {p.name}</a>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {hiddenRows.length > 0 && (
        <p class="platform-compare__hidden">
          {shownRows.length === 0
            ? `The ${chosen.length === 1 ? 'one platform chosen has nothing to differ from' : 'chosen platforms say the same on every row'}, so every row is hidden.`
            : `Hidden because every chosen platform says the same: ${hiddenRows.map((r) => r.label).join(', ')}.`}
        </p>
      )}
    </div>
  );
}
