// BYTE TRICK 3 — fewer, larger JavaScript files for the tool pages.
//
// Saves: every file costs its own gzip dictionary and request, and without the groups the bundler splits what the
// islands share into a dozen small chunks. Measured 2026-12-07 by building without it: 1,087–1,446 B gzip less on the
// pay estimator, the timeline and the readiness check, 1,330 B less on the guide pages once their calculator loads,
// 185 B less on every reading page; it costs the work log 249 B and the platform comparison 664 B, which load the
// shared chunk whole (both stay far within their budget). The three groups below 'islands' were added with issue 23,
// when the tools' shared parts had split into eight small chunks: measured 2026-12-07 against 'islands' alone, 590 B
// less on the pay estimator, 919 B on the timeline, 39 B on the readiness check, 303 B and 505 B on the two guide
// pages once scrolled; the platform comparison loads 2,252 B more (16,495 B of its 19,000).
// Relies on: rolldown's `output.codeSplitting.groups` (rolldown 1.x, through Vite 8's `environments.client.build.
// rolldownOptions`). If the option is renamed or dropped, the build still works but the groups vanish: the pages load
// more, smaller files, and the static gate ("the byte tricks are in effect", tests/e2e/gate-static.spec.ts) fails
// because dist/_astro/ has no islands-*.js or site-chrome-*.js chunk.

/** A group of modules the bundler puts in one chunk, named `name`. */
export interface ChunkGroup {
  name: string;
  test: RegExp;
  /** Groups with a higher priority take their modules (and what those import) first; 0 by default. */
  priority?: number;
}

export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  // What every island shares: Preact, its hooks, the client that hydrates it, nanostores, the number parser and
  // fields, the link state and its hooks, the names of the site's file formats.
  {
    name: 'islands',
    test: /node_modules[\\/](preact|nanostores)[\\/]|preact-client|src[\\/]lib[\\/]core[\\/](numbers|url-state|file-formats)\.ts|src[\\/]browser[\\/]address\.ts|src[\\/]ui[\\/](NumberField|Field|hooks)\.tsx?/,
  },
  // What the pay estimator, the timeline and the readiness check share, with their compact versions: money and level
  // formatting, the storage warning, the level picker. The work log loads it for the formatting.
  {
    name: 'calculators',
    test: /src[\\/]lib[\\/]core[\\/]format\.ts|src[\\/]lib[\\/]settings[\\/]settings-key\.ts|src[\\/]stores[\\/]persistent\.ts|src[\\/]ui[\\/](StorageNote|LevelSelect)\.tsx/,
  },
  // The tables, kept drawings and the stored profile (level, hours) that pay and the timeline share; not the
  // readiness check, which uses none of them.
  {
    name: 'views',
    test: /src[\\/]ui[\\/](TableScroll|DataTable|KeptDrawing|use-profile)\.tsx?|src[\\/]lib[\\/]core[\\/](levels|profile|defaults)\.ts|src[\\/]stores[\\/]profile\.ts/,
  },
  // The full tools' buttons (undo, copy, share, fill from the work log) and the reader's currency beside their
  // figures; not the guide's compact calculators.
  {
    name: 'tool-controls',
    test: /src[\\/]ui[\\/](UndoButton|CopyButton|ShareControls|UseLogButton)\.tsx|src[\\/]ui[\\/]use-local-money\.ts/,
  },
  // The calendar and the weekdays' names, each alone: the group below takes what its modules import, and neither must
  // go with it to the pages that load them without the rest (the platform pages convert a platform's week).
  { name: 'calendar', test: /src[\\/]lib[\\/]core[\\/]dates\.ts/, priority: 1 },
  { name: 'weekdays', test: /src[\\/]lib[\\/]core[\\/]weekdays\.ts/, priority: 1 },
  // What the work log shows at load ("This week"), besides the calendar and the groups above.
  {
    name: 'work-log-at-load',
    test: /src[\\/]islands[\\/]work-log[\\/](use-today|log-store)\.ts|src[\\/]ui[\\/](Money|use-settings)\.tsx?|src[\\/]lib[\\/]settings[\\/](reader-settings|currency)\.ts|src[\\/]stores[\\/](reader-settings|week-snapshot)\.ts|src[\\/]lib[\\/]work-log[\\/](week-snapshot|week-glance)\.ts|src[\\/]browser[\\/]saved-log\.ts/,
  },
  // The script every page loads (the search trigger and the service worker's registration), with what it shares with
  // the search interface (the import helper). First, so the import helper, which the tools' lazy imports use too,
  // stays out of every other group.
  {
    name: 'site-chrome',
    test: /BaseLayout\.astro\?astro&type=script|search[\\/](shortcut|site-search)|browser[\\/]service-worker|preload-helper/,
    priority: 1,
  },
];
