import { describe, expect, it } from 'vitest';
import { parseShared, parseYaml } from '../../src/config/parse.js';

describe('parseShared (one parse of the programme per process)', () => {
  it('gives the same document for the same text, as parseYaml parses it', () => {
    const text = 'programme: P\nteams:\n  - id: a\n    models: [org/x]\n';
    const first = parseShared({ file: 'openquota.yml', text });
    const again = parseShared({ file: 'programme', text });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.document).toBe(first.document);
    const fresh = parseYaml({ file: 'openquota.yml', text });
    expect(fresh.ok && fresh.document.value).toEqual(first.document.value);
    expect(first.document.lineOf(['teams', 0, 'models', 0])).toBe(4);
  });

  it('parses another text afresh, and names the caller’s file in the problems of a bad one', () => {
    const bad = 'teams: [\n';
    const a = parseShared({ file: 'a.yml', text: bad });
    const b = parseShared({ file: 'b.yml', text: bad });
    expect(!a.ok && a.problems[0]?.file).toBe('a.yml');
    expect(!b.ok && b.problems[0]?.file).toBe('b.yml');
    const other = parseShared({ file: 'c.yml', text: 'programme: Q\n' });
    expect(other.ok && other.document.value).toEqual({ programme: 'Q' });
  });
});
