// Linking models and code repositories (src/link.ts) by the pages their sources recorded, so a
// Hub mirror or a GitHub Enterprise host links as github.com and huggingface.co do.
import { describe, expect, it } from 'vitest';
import { linkCode, pageKey } from '../src/link.js';
import type { ModelResult } from '../src/types.js';

function release(over: Partial<ModelResult>): ModelResult {
  return {
    source: 'huggingface',
    id: 'org/model',
    revision: null,
    declared: false,
    origin: 'test',
    verdict: 'compliant',
    availability: 'public',
    licence: { declared: null, detected: null, expression: 'Apache-2.0', approved: true, detections: [] },
    weights: [],
    parameters: null,
    reasons: [],
    evidence: [],
    ...over,
  };
}

describe('linkCode', () => {
  it('links by the recorded page on a GitHub Enterprise host and a Hub mirror', () => {
    const model = release({
      id: 'org/model',
      url: 'https://hub.example.kr/org/model',
      links: ['https://ghe.example.kr/Org/Code.git'],
    });
    const code = release({
      source: 'github',
      id: 'org/code',
      kind: 'code',
      url: 'https://ghe.example.kr/org/code',
      licence: { declared: null, detected: null, expression: 'MIT', approved: true, detections: [] },
    });
    // And the other way: a code repository's README links the model on the mirror.
    const other = release({ id: 'org/other', url: 'https://hub.example.kr/org/other' });
    const readme = release({
      source: 'github',
      id: 'org/readme',
      kind: 'code',
      url: 'https://ghe.example.kr/org/readme',
      links: ['https://hub.example.kr/org/other/tree/main'],
    });
    const linked = linkCode([model, code, other, readme]);
    expect(linked[0]!.code).toEqual([
      { source: 'github', id: 'org/code', url: 'https://ghe.example.kr/org/code', licence: 'MIT' },
    ]);
    expect(linked[2]!.code?.map((c) => c.id)).toEqual(['org/readme']);
  });

  it('still links a card written for huggingface.co and github.com, and nothing of another host', () => {
    const model = release({
      url: 'https://hub.example.kr/org/model',
      links: ['https://github.com/org/code'],
    });
    const code = release({
      source: 'github',
      id: 'org/code',
      kind: 'code',
      url: 'https://ghe.example.kr/org/code',
    });
    const lookalike = release({
      source: 'github',
      id: 'org/code2',
      kind: 'code',
      url: 'https://evil.example/org/code',
    });
    expect(linkCode([model, code, lookalike])[0]!.code?.map((c) => c.id)).toEqual(['org/code']);
  });

  it('keys pages by host, owner and name, whatever follows', () => {
    expect(pageKey('https://www.GHE.example.kr/Org/Repo.git')).toBe('ghe.example.kr/org/repo');
    expect(pageKey('https://hub.example.kr/org/m/blob/main/LICENSE')).toBe('hub.example.kr/org/m');
    expect(pageKey('https://hub.example.kr/org')).toBeUndefined();
  });

  it('links each repository once, in the order the scan listed them, whichever way the link goes', () => {
    const code = (id: string, links: string[] = []) =>
      release({ source: 'github', id, kind: 'code', url: `https://github.com/${id}`, links });
    const model = release({
      id: 'org/model',
      url: 'https://huggingface.co/org/model',
      links: ['https://github.com/org/c3', 'https://github.com/org/c1'],
    });
    // c1 both is linked by the model and links it back; c2 only links it; c3 only is linked.
    const models = [
      code('org/c3'),
      model,
      code('org/c2', ['https://huggingface.co/org/model']),
      code('org/c1', ['https://hf.co/org/model']),
      code('org/c0'),
    ];
    expect(linkCode(models)[1]!.code?.map((c) => c.id)).toEqual(['org/c3', 'org/c2', 'org/c1']);
    expect(linkCode(models)[0]).toBe(models[0]);
  });
});
