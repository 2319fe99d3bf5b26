/**
 * The `spdx-tag` matcher: an `SPDX-License-Identifier:` line states the licence outright.
 */
import { createRequire } from 'node:module';
import { canonicalId } from '../licences.js';

type Parsed =
  | { license: string; plus?: boolean; exception?: string }
  | { left: Parsed; conjunction: string; right: Parsed };

const require = createRequire(import.meta.url);
const parse = require('spdx-expression-parse') as (s: string) => Parsed;

// "SPDX-License-Identifier: Apache-2.0 OR MIT", also inside comments ("// SPDX-...", "# SPDX-...",
// "<!-- SPDX-... -->"); the value ends at the line end or a comment closer.
const TAG = /SPDX-License-Identifier:\s*(.+?)\s*(?:\*\/|-->|$)/im;

/** Renders a parsed expression back to text, mapping deprecated ids (`GPL-2.0+` -> `GPL-2.0-or-later`). */
function render(p: Parsed, top = true): string | null {
  if ('license' in p) {
    const id = canonicalId(p.plus ? `${p.license}+` : p.license);
    if (!id) return null;
    return p.exception ? `${id} WITH ${p.exception}` : id;
  }
  const l = render(p.left, false);
  const r = render(p.right, false);
  if (!l || !r) return null;
  const s = `${l} ${p.conjunction.toUpperCase()} ${r}`;
  return top ? s : `(${s})`;
}

/** Reads the first SPDX-License-Identifier tag; null when there is none or it does not parse. */
export function spdxTag(text: string): { licence: string; confidence: number } | null {
  const m = TAG.exec(text);
  if (!m) return null;
  try {
    const licence = render(parse(m[1]!.trim()));
    return licence ? { licence, confidence: 1 } : null;
  } catch {
    return null; // not a valid expression: no claim rather than a guess
  }
}
