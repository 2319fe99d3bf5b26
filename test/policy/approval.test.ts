import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeExpression } from '../../src/policy/licences.js';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';

const rows = readFileSync(new URL('../fixtures/tables/approval.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('expression\t'))
  .map((l) => l.split('\t') as [string, string]);

// Flags come from the licence engine in production; here a table stands in for it.
const lookup = (id: string) =>
  id === 'LicenseRef-llama3.1' ? { name: 'Llama 3.1', flags: ['restricted-use' as const] } : undefined;

let policy: LoadedPolicy;
beforeAll(async () => {
  policy = await loadPolicy('msit-sovereign-ai-2025');
});

describe('expression approval (test/fixtures/tables/approval.tsv)', () => {
  it.each(rows)('%s -> %s', (expression, expected) => {
    expect(judgeExpression(expression, policy.policy, lookup).approved).toBe(expected === 'true');
  });

  it('osi-strict drops the CC additions', async () => {
    const strict = await loadPolicy('osi-strict');
    expect(judgeExpression('CC-BY-4.0', strict.policy, lookup).approved).toBe(false);
    expect(judgeExpression('MIT', strict.policy, lookup).approved).toBe(true);
  });
});
