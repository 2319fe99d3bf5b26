import type { ScanProgress } from '../scan.js';
import type { CliIO } from './io.js';

/** A one-line progress display on stderr, only when stderr is a terminal and not `--quiet`; silent otherwise. */
export function progressReporter(io: CliIO, quiet = false): ((event: ScanProgress) => void) | undefined {
  if (!io.stderrIsTTY || quiet) return undefined;
  let last = 0;
  return (event) => {
    const now = Date.now();
    if (event.phase === 'inspect' && event.done < event.total && now - last < 100) return;
    last = now;
    const line =
      event.phase === 'discover'
        ? `discovering ${event.team}…`
        : `inspecting ${event.done}/${event.total} ${event.id}`;
    io.stderr(
      `\r\u001b[2K${line.slice(0, 100)}${event.phase === 'inspect' && event.done === event.total ? '\r\u001b[2K' : ''}`,
    );
  };
}
