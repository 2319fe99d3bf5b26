import type { ModelResult } from '../types.js';
import { formatParameters } from './format.js';
import { type Lang, plural } from './i18n/index.js';

// `model-00001-of-00042.safetensors`: prefix, index, total, suffix.
const SHARD = /^(.*?)(\d+)-of-(\d+)(\.[^/]*)$/;

/** Weight files with each complete shard series (1..N of N) as one line: `model-{00001…00042}-of-00042.safetensors`. */
export function collapseShards(files: string[]): string[] {
  // Most releases name no shard series (`model.safetensors`): the pattern's lazy prefix is not run
  // over names that cannot match it.
  if (!files.some((f) => f.includes('-of-'))) return files.slice();
  const series = new Map<string, number[]>();
  for (const f of files) {
    const m = SHARD.exec(f);
    if (!m) continue;
    const key = `${m[1]}\0${m[3]}\0${m[4]}\0${m[2]!.length}`;
    series.set(key, [...(series.get(key) ?? []), Number(m[2])]);
  }
  const complete = new Set(
    [...series]
      .filter(([key, ns]) => {
        const total = Number(key.split('\0')[1]);
        return (
          total > 1 &&
          ns.length === total &&
          new Set(ns).size === total &&
          ns.every((n) => n >= 1 && n <= total)
        );
      })
      .map(([key]) => key),
  );
  const out: string[] = [];
  const done = new Set<string>();
  for (const f of files) {
    const m = SHARD.exec(f);
    const key = m ? `${m[1]}\0${m[3]}\0${m[4]}\0${m[2]!.length}` : '';
    if (!m || !complete.has(key)) out.push(f);
    else if (!done.has(key)) {
      done.add(key);
      const width = m[2]!.length;
      const first = '1'.padStart(width, '0');
      out.push(`${m[1]}{${first}…${m[3]!.padStart(width, '0')}}-of-${m[3]}${m[4]}`);
    }
  }
  return out;
}

/** `42 files, 102.6B parameters`, or `42 files` when the parameters are unknown. */
export function weightsSummary(model: ModelResult, lang: Lang): string {
  const n = model.weights?.length ?? 0;
  return model.parameters === null
    ? plural(lang, 'dash.ev.files', n)
    : plural(lang, 'dash.ev.weights', n, { parameters: formatParameters(model.parameters) });
}
