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
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let last = -1;
  outer: for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
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
    const t = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && t[k - 1 + d + 1]! < t[k + 1 + d + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = t[prevK + d + 1]!;
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
