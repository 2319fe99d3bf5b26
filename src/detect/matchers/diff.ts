/**
 * Word-sequence diff (Myers' O(ND) algorithm) between an input region and a reference text. Word sets
 * cannot see an added or reordered clause; the diff's hunks can.
 */

/** One contiguous change: `aLen` input words at `aStart` replace `bLen` reference words at `bStart`. */
export interface Hunk {
  aStart: number;
  aLen: number;
  bStart: number;
  bLen: number;
}

/** The alignment of two word sequences: how many words match in order, and what differs. */
export interface Alignment {
  matched: number;
  hunks: Hunk[];
}

/**
 * Myers' greedy search: the number of edits D of the shortest edit script of A to B, or -1 when it is
 * more than `maxEdits`. With `keepTrace`, the frontier before step d (diagonals -d-1 .. d+1) is kept
 * in `traceBuffer` at d*d + 2*d for the walk back; without, only D is wanted (editDistance).
 */
function search(A: Int32Array, B: Int32Array, maxEdits: number, keepTrace: boolean): number {
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const off = max + 1;
  const steps = Math.min(max, maxEdits);
  const v = frontierFor(2 * max + 3);
  // Zero where this search reads (diagonals -steps-1 .. steps+1), as a new array would be there.
  v.fill(0, off - steps - 1, off + steps + 2);
  const trace = keepTrace ? traceFor(steps) : traceBuffer;
  for (let d = 0; d <= steps; d++) {
    // The frontier copied element by element: a subarray view per step was garbage by the thousand.
    if (keepTrace)
      for (let j = 0, from = off - d - 1, to = d * d + 2 * d; j < 2 * d + 3; j++)
        trace[to + j] = v[from + j]!;
    for (let k = -d; k <= d; k += 2) {
      // Both neighbours read and compared on every step (in bounds: off - d - 1 >= 0), so the optimising
      // compiler has seen every operation before it compiles the loop mid-call.
      const left = v[off + k - 1]!;
      const right = v[off + k + 1]!;
      const rightFurther = left < right;
      let x = k === -d || (k !== d && rightFurther) ? right : left + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      const endX = x >= n;
      const endY = y >= m;
      if (endX && endY) return d;
    }
  }
  return -1;
}

/** Walks back from (n, m) through the frontiers of `search`, collecting the matched diagonal runs. */
function walkBack(n: number, m: number, last: number): [number, number, number][] {
  const trace = traceBuffer;
  const runs: [number, number, number][] = [];
  let x = n;
  let y = m;
  for (let d = last; d >= 0; d--) {
    if (d === 0) {
      if (x > 0) runs.push([0, 0, x]);
      break;
    }
    const t = d * d + 2 * d + d + 1; // trace index of diagonal 0 at step d
    const k = x - y;
    const down = k === -d || (k !== d && trace[t + k - 1]! < trace[t + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[t + prevK]!;
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    const midY = down ? prevY + 1 : prevY;
    if (x > midX) runs.push([midX, midY, x - midX]);
    x = prevX;
    y = prevY;
  }
  return runs;
}

/**
 * Diffs `a` (input) against `b` (reference); null when more than `maxEdits` words would have to be
 * inserted or deleted (the texts are then too different for the answer to matter).
 */
export function diffWords(a: Int32Array, b: Int32Array, maxEdits: number): Alignment | null {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const A = a.subarray(pre, a.length - suf);
  const B = b.subarray(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  if (n === 0 || m === 0) {
    const hunks = n + m > 0 ? [{ aStart: pre, aLen: n, bStart: pre, bLen: m }] : [];
    return n + m > maxEdits ? null : { matched: pre + suf, hunks };
  }
  if (bagDistance(A, B) > maxEdits) return null;
  // Search and walk-back are separate functions so that each is optimised with its own type feedback:
  // in one function, the search loop got optimised mid-call and deoptimised on reaching the not yet
  // run walk-back code, and the first large diff of a process took 15-50 ms instead of 3.
  const last = search(A, B, maxEdits, true);
  if (last < 0) return null;
  const runs = walkBack(n, m, last);
  runs.reverse();
  const hunks: Hunk[] = [];
  let matched = pre + suf;
  let pa = 0;
  let pb = 0;
  for (const [rx, ry, len] of runs) {
    if (rx > pa || ry > pb) hunks.push({ aStart: pre + pa, aLen: rx - pa, bStart: pre + pb, bLen: ry - pb });
    matched += len;
    pa = rx + len;
    pb = ry + len;
  }
  if (pa < n || pb < m) hunks.push({ aStart: pre + pa, aLen: n - pa, bStart: pre + pb, bLen: m - pb });
  return { matched, hunks };
}

/**
 * The number of words to insert or delete to turn `a` into `b` (the shortest edit script), or -1 when
 * it is more than `maxEdits`; in O(maxEdits) memory, as no alignment is wanted.
 */
export function editDistance(a: Int32Array, b: Int32Array, maxEdits: number): number {
  if (a.length === 0 || b.length === 0) return a.length + b.length <= maxEdits ? a.length + b.length : -1;
  return search(a, b, maxEdits, false);
}

// The walk-back frontiers of every diff share one buffer, grown before a search that needs more: a diff
// of up to D steps stores about D² numbers (4.6 MB for the largest budget, GPL-3.0 against a copy),
// which allocating per step made the largest source of garbage of an identification.
let traceBuffer = new Int32Array(1 << 16);

// The search's frontier (furthest x per diagonal), shared by every diff like the trace and grown as needed.
let frontier = new Int32Array(1 << 14);

function frontierFor(size: number): Int32Array {
  if (size > frontier.length) frontier = new Int32Array(size);
  return frontier;
}

function traceFor(steps: number): Int32Array {
  const size = (steps + 1) * (steps + 1) + 2 * (steps + 1);
  if (size > traceBuffer.length) traceBuffer = new Int32Array(size);
  return traceBuffer;
}

// Word counts for bagDistance, indexed by word id; all zero between calls.
let counts = new Int32Array(1 << 14);

/**
 * A lower bound of the edit distance: words that occur more often in one text than in the other must be
 * inserted or deleted whatever the alignment (sum over words of |count in a - count in b|; a negative
 * id is an unknown word and matches nothing). When it exceeds the budget the diff cannot succeed, so
 * the O(D²) search is skipped: GPL-2.0 against LGPL-2.1 gives up here instead of after 600 steps.
 */
export function bagDistance(a: Int32Array, b: Int32Array): number {
  let distance = 0;
  for (const w of a) {
    if (w < 0) distance++;
    else {
      if (w >= counts.length) growCounts(w);
      counts[w]!++;
    }
  }
  for (const w of b) {
    if (w < 0) continue;
    if (w >= counts.length) growCounts(w);
    counts[w]!--;
  }
  for (const w of a) {
    if (w < 0) continue;
    distance += Math.abs(counts[w]!);
    counts[w] = 0;
  }
  for (const w of b) {
    if (w < 0) continue;
    distance += Math.abs(counts[w]!);
    counts[w] = 0;
  }
  return distance;
}

/** Makes room in `counts` for word id `w`, keeping the counts made so far. */
function growCounts(w: number): void {
  const grown = new Int32Array(2 * w + 2);
  grown.set(counts);
  counts = grown;
}
