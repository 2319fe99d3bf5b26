import parseSpdxUntyped from 'spdx-expression-parse';
import satisfiesUntyped from 'spdx-satisfies';
import { canonicalExceptionId, canonicalLicenceId } from './ids.js';

// Both libraries throw on bad input; every call below is wrapped so domain code gets results.
const parseSpdx = parseSpdxUntyped as (expression: string) => SpdxNode;
const satisfies = satisfiesUntyped as (expression: string, approved: string[]) => boolean;

/** A parsed SPDX expression, as spdx-expression-parse returns it. */
export type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

/** A parse that never throws. */
export type ParseResult = { ok: true; expression: string; tree: SpdxNode } | { ok: false; error: string };

const OPERATORS = new Set(['and', 'or', 'with']);

/**
 * Normalises a licence expression written by a person: ids in any case, deprecated ids,
 * lower-case operators. `apache-2.0 or mit` -> `Apache-2.0 OR MIT`; `GPL-3.0` -> `GPL-3.0-only`.
 */
export function parseExpression(raw: string): ParseResult {
  const tokens = raw.trim().match(/\(|\)|[^\s()]+/g);
  if (!tokens || tokens.length === 0) return { ok: false, error: 'empty licence expression' };
  const out: string[] = [];
  let afterWith = false;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (token === '(' || token === ')') {
      out.push(token);
    } else if (OPERATORS.has(lower)) {
      out.push(lower.toUpperCase());
      afterWith = lower === 'with';
      continue;
    } else if (afterWith) {
      const exception = canonicalExceptionId(token);
      if (!exception) return { ok: false, error: `unknown SPDX exception "${token}"` };
      out.push(exception);
    } else {
      const id = canonicalLicenceId(token);
      if (!id) return { ok: false, error: `unknown licence id "${token}"` };
      out.push(id.includes(' ') ? `(${id})` : id);
    }
    afterWith = false;
  }
  const expression = out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
  try {
    return { ok: true, expression, tree: parseSpdx(expression) };
  } catch (error) {
    return { ok: false, error: `not a valid SPDX expression: ${(error as Error).message}` };
  }
}

/** Every distinct licence leaf of a tree, rendered with its exception (`Apache-2.0 WITH LLVM-exception`). */
export function leaves(tree: SpdxNode): string[] {
  const found = new Set<string>();
  const walk = (node: SpdxNode): void => {
    if ('license' in node) found.add(renderLeaf(node));
    else {
      walk(node.left);
      walk(node.right);
    }
  };
  walk(tree);
  return [...found];
}

function renderLeaf(node: { license: string; plus?: boolean; exception?: string }): string {
  return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
}

/**
 * True when some choice of the expression's ORs has every AND-ed leaf approved: the
 * approval rule of the policy. `isApproved` judges one leaf; OR/AND logic is spdx-satisfies'.
 */
export function expressionApproved(expression: string, isApproved: (leaf: string) => boolean): boolean {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return false;
  const approved = leaves(parsed.tree).filter(isApproved);
  if (approved.length === 0) return false;
  try {
    return satisfies(parsed.expression, approved);
  } catch {
    return false;
  }
}

/** Joins expressions with AND, parenthesising compound parts: `(A OR B) AND C`. */
export function andAll(expressions: string[]): string | null {
  const unique = [...new Set(expressions)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0]!;
  return unique.map((e) => (/\s(OR|AND)\s/.test(e) ? `(${e})` : e)).join(' AND ');
}
