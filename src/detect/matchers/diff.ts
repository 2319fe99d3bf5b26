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
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // The frontier before step d (diagonals -d-1 .. d+1) is kept at trace[d*d + 2*d ...] for the walk back.
  let trace = traceBuffer;
  let last = -1;
  outer: for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    const base = d * d + 2 * d;
    if (base + 2 * d + 3 > trace.length) trace = growTrace(base + 2 * d + 3);
    trace.set(v.subarray(off - d - 1, off + d + 2), base);
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        last = d;
        break outer;
      }
    }
  }
  if (last < 0) return null;
  // Walk back through the stored frontiers, collecting the matched diagonal runs.
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

// The walk-back frontiers of every diff share one buffer, grown when a diff needs more: a diff of D
// steps stores about D² numbers (1.9 MB for GPL-3.0 against its Markdown copy, D = 681), which
// allocating per step made the largest source of garbage of an identification.
let traceBuffer: Int32Array = new Int32Array(1 << 16);

function growTrace(size: number): Int32Array {
  let length = traceBuffer.length;
  while (length < size) length *= 2;
  const grown = new Int32Array(length);
  grown.set(traceBuffer); // the frontiers of the steps already taken
  traceBuffer = grown;
  return grown;
}

// Word counts for bagDistance, indexed by word id; all zero between calls.
let counts = new Int32Array(1 << 14);

/**
 * A lower bound of the edit distance: words that occur more often in one text than in the other must be
 * inserted or deleted whatever the alignment (sum over words of |count in a - count in b|; a negative
 * id is an unknown word and matches nothing). When it exceeds the budget the diff cannot succeed, so
 * the O(D²) search is skipped: GPL-2.0 against LGPL-2.1 gives up here instead of after 600 steps.
 */
function bagDistance(a: Int32Array, b: Int32Array): number {
  let top = 0;
  for (const w of a) if (w > top) top = w;
  for (const w of b) if (w > top) top = w;
  if (top >= counts.length) counts = new Int32Array(2 * top + 2);
  let distance = 0;
  for (const w of a) {
    if (w < 0) distance++;
    else counts[w]!++;
  }
  for (const w of b) if (w >= 0) counts[w]!--;
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
