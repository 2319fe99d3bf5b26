/**
 * The `spdx-tag` matcher: an `SPDX-License-Identifier:` line states the licence outright.
 */
import { parseExpression } from '../../spdx/expression.js';

// "SPDX-License-Identifier: Apache-2.0 OR MIT", also inside comments ("// SPDX-...", "# SPDX-...",
// "<!-- SPDX-... -->"); the value ends at the line end or a comment closer.
const TAG = /SPDX-License-Identifier:\s*(.+?)\s*(?:\*\/|-->|$)/im;

/**
 * Reads the first SPDX-License-Identifier tag, normalised (`GPL-2.0+` -> `GPL-2.0-or-later`,
 * `mit` -> `MIT`); null when there is none or it does not parse: no claim rather than a guess.
 */
export function spdxTag(text: string): { licence: string; confidence: number } | null {
  const m = TAG.exec(text);
  if (!m) return null;
  const parsed = parseExpression(m[1]!.trim());
  return parsed.ok ? { licence: parsed.expression, confidence: 1 } : null;
}
