// `node tests/support/run-together.ts check test:unit`: runs npm scripts at the same time (the type check is one
// thread, Vitest uses the other core: about 8 s less than one after the other), prints each one's output whole once
// it ends, so the logs do not interleave, and fails when any of them fails.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);

const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise<{ script: string; code: number }>((resolve) => {
        const chunks: Buffer[] = [];
        const child = spawn('npm', ['run', script], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.on('close', (code) => {
          process.stdout.write(Buffer.concat(chunks));
          resolve({ script, code: code ?? 1 });
        });
      }),
  ),
);

const failed = results.filter((result) => result.code !== 0).map((result) => result.script);
if (failed.length > 0) {
  console.error(`Failed: ${failed.map((script) => `npm run ${script}`).join(', ')}`);
  process.exitCode = 1;
}
