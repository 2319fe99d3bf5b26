#!/usr/bin/env node
// The CLI's only side effects: real argv, environment, streams and exit code.
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Node 22.1+ keeps the compiled code of the modules loaded after this call on disk, so the next
// start skips compiling them (Node 20 has no such cache: then nothing happens). main is loaded after it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// `licence` (`license`) has a bundle of its own in dist/ (main-licence.ts); every other command
// loads main.js, and its own code in chunks.
const command = process.argv[2];
const { main } = await (command === 'licence' || command === 'license'
  ? import('./main-licence.js')
  : import('./main.js'));

// V8 lets the old generation grow to up to four times what survived its last full collection
// before collecting again (the most on a machine with much memory). A scan's requests leave
// garbage that lives just long enough to get there: scanning 8,400 releases, some 60 MB live
// became 200 MB of heap and 360-440 MB peak RSS. At 1.6 times the heap stays near what is live
// (peak RSS about 235 MB, against 250 MB at 2x and 225 MB at 1.3x) for some 0.45 s more of
// full collections in a scan of 12-15 s CPU. V8 reads the factor at each full collection, so
// setting it here is enough; `node --heap-growing-percent=N` of the user's own wins. Only the
// commands that make requests: a render or merge holds one parsed report, mostly live, and there
// the extra collections cost 2-4% (an 8,400-release dashboard) and save nothing.
const SCANNING = new Set(['scan', 'check']);
if (SCANNING.has(command ?? '') && !process.execArgv.some((a) => a.includes('heap-growing-percent')))
  setFlagsFromString('--heap-growing-percent=60');

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
