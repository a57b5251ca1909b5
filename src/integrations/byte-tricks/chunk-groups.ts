// BYTE TRICK 3 — fewer, larger JavaScript files for the tool pages.
//
// Saves: every file costs its own gzip dictionary and request, and without the groups the bundler splits what the
// islands share into a dozen small chunks. Measured 2026-12-07 by building without it: 1,087–1,446 B gzip less on the
// pay estimator, the timeline and the readiness check, 1,330 B less on the guide pages once their calculator loads,
// 185 B less on every reading page; it costs the work log 249 B and the platform comparison 664 B, which load the
// shared chunk whole (both stay far within their budget).
// Relies on: rolldown's `output.codeSplitting.groups` (rolldown 1.x, through Vite 8's `environments.client.build.
// rolldownOptions`). If the option is renamed or dropped, the build still works but the groups vanish: the pages load
// more, smaller files, and the static gate ("the byte tricks are in effect", tests/e2e/gate-static.spec.ts) fails
// because dist/_astro/ has no islands-*.js or site-chrome-*.js chunk.

/** A group of modules the bundler puts in one chunk, named `name`. */
export interface ChunkGroup {
  name: string;
  test: RegExp;
}

export const CHUNK_GROUPS: readonly ChunkGroup[] = [
  // What every island shares: Preact, its hooks, the client that hydrates it, nanostores, the number parser and
  // fields, the link state and its hooks. The calculators' other shared parts (the stored profile, the share controls)
  // are left to the bundler, so the work log, which uses none of them, does not load them.
  {
    name: 'islands',
    test: /node_modules[\\/](preact|nanostores)[\\/]|preact-client|src[\\/]lib[\\/]core[\\/](numbers|url-state)\.ts|src[\\/]browser[\\/]address\.ts|src[\\/]ui[\\/](NumberField|Field|hooks|TableScroll)\.tsx?/,
  },
  // The search trigger, loaded on every page, with what it shares with the search interface (the import helper).
  { name: 'site-chrome', test: /Search\.astro\?astro&type=script|search[\\/]shortcut|preload-helper/ },
];
