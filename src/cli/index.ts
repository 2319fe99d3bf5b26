#!/usr/bin/env node
// The CLI's only side effects: real argv, environment, streams and exit code.
import module from 'node:module';
import { keepHeapNearLive } from '../heap.js';

// Node 22.1+ keeps the compiled code of the modules loaded after this call on disk, so the next
// start skips compiling them (Node 20 has no such cache: then nothing happens). main is loaded after it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// `licence` (`license`) has a bundle of its own in dist/ (main-licence.ts); every other command
// loads main.js, and its own code in chunks.
const command = process.argv[2];
const { main } = await (command === 'licence' || command === 'license'
  ? import('./main-licence.js')
  : import('./main.js'));

// The commands that make requests keep their heap near what is live (heap.ts says why).
if (command === 'scan' || command === 'check') keepHeapNearLive();

// A reader that stops early (`openquota … | head`) closes the pipe: that is not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
});
process.exitCode = code;
