// A box for a drawing the server made. Until the drawing's code has loaded in the browser, the box renders an empty
// `dangerouslySetInnerHTML`: Preact does not touch a node's HTML while hydrating, nor on a re-render with the same
// HTML, so the server's drawing stays on screen (no "Loading…" in its place); once `draw` is given it draws anew.
import type { ComponentChildren } from 'preact';

const KEEP = { __html: '' };

interface Props {
  /** Draws the current inputs; null while the code is not loaded in the browser. */
  draw: (() => ComponentChildren) | null;
  /** The server's drawing no longer matches the inputs (the code is on its way). */
  stale: boolean;
}

export function KeptDrawing({ draw, stale }: Props) {
  return draw ? <div class="kept-drawing">{draw()}</div> : <div class="kept-drawing" data-stale={stale ? '' : undefined} dangerouslySetInnerHTML={KEEP} />;
}
