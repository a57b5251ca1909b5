// The dev server's Preact client: Preact's debug checks, then the same client as the build (byte trick 1), so
// `npm run dev` hydrates islands exactly as the built site does.
import 'preact/debug';
export { default } from './preact-client';
