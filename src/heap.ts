/**
 * How far V8 lets the heap grow past what is live, for the processes that scan registries (the CLI's
 * `scan` and `check`, the Action's scan and check modes).
 *
 * V8 lets the old generation grow to up to four times what survived its last full collection
 * before collecting again (the most on a machine with much memory). A scan's requests leave
 * garbage that lives just long enough to get there: scanning 8,400 releases, some 60 MB live
 * became 200 MB of heap and 360-440 MB peak RSS. At 1.6 times the heap stays near what is live
 * (peak RSS about 235 MB, against 250 MB at 2x and 225 MB at 1.3x) for some 0.45 s more of
 * full collections in a scan of 12-15 s CPU. V8 reads the factor at each full collection, so
 * setting it at start is enough; `node --heap-growing-percent=N` of the user's own wins. Not for a
 * render or merge: it holds one parsed report, mostly live, and there the extra collections cost
 * 2-4% (an 8,400-release dashboard) and save nothing.
 */
import { setFlagsFromString } from 'node:v8';

export function keepHeapNearLive(execArgv: readonly string[] = process.execArgv): void {
  if (!execArgv.some((a) => a.includes('heap-growing-percent')))
    setFlagsFromString('--heap-growing-percent=60');
}
