import { describe, expect, it } from 'vitest';
import { createRedactor, redactDeep, withoutUserinfo } from '../../src/sources/redact.js';

const GH = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
const HF = 'hf_0123456789abcdefghijklmnopqrstuvwx';

describe('redaction', () => {
  const redact = createRedactor(['held-secret-123']);

  it('removes held secrets, plain and URL-encoded and base64', () => {
    const held = createRedactor(['p@ss/word!']);
    expect(held('a p@ss/word! b')).toBe('a *** b');
    expect(held(`a ${encodeURIComponent('p@ss/word!')} b`)).toBe('a *** b');
    expect(held(`a ${Buffer.from('p@ss/word!').toString('base64')} b`)).toBe('a *** b');
    // Too short to be a token: masking it would shred every text.
    expect(createRedactor(['ab'])('a cab')).toBe('a cab');
  });

  it('removes token shapes whether held or not: GitHub, Hugging Face, bearer', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])
      expect(redact(`token ${prefix}${GH.slice(4)} end`)).toBe('token *** end');
    expect(redact(`github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz`)).toBe('***');
    expect(redact(`key=${HF};`)).toBe('key=***;');
    expect(redact('api_org_abcdefghijklmnopqrstuvwxyz0123456789')).toBe('***');
    expect(redact('sent Bearer abcdefghijklmnop0123456789, ok')).toBe('sent Bearer ***, ok');
  });

  it('removes Authorization values in headers and echoed JSON', () => {
    expect(redact('Authorization: Bearer x.y.z')).toBe('Authorization: ***');
    expect(redact('{"authorization": "token abc"}')).toBe('{"authorization": "***"}');
    expect(redact("proxy-authorization='Basic dXNlcjpwYXNz'")).toBe("proxy-authorization='***'");
  });

  it('removes URL userinfo in any scheme', () => {
    expect(redact('clone https://user:SECRET@host/r.git failed')).toBe('clone https://host/r.git failed');
    expect(redact('https://TOKEN@github.com/o/r')).toBe('https://github.com/o/r');
    expect(withoutUserinfo('ssh://git:pw@host/r')).toBe('ssh://host/r');
  });

  it('leaves honest text alone: ids, prose, plain URLs, scp-style git addresses', () => {
    const honest = [
      'example-k-ai-team/hf_transformers_port',
      'Bearer authentication is required',
      'Invalid credentials in Authorization header',
      'https://huggingface.co/org/model/blob/main/LICENSE?x=a@b',
      'git@github.com:org/repo.git',
      'ghp_short',
      'Licensed under the Apache License, Version 2.0',
    ];
    for (const text of honest) expect(redact(text)).toBe(text);
  });

  it('redacts a JSON value deeply, keys included', () => {
    const value = { a: [`x ${GH}`], [HF]: { n: 1, ok: true, s: 'held-secret-123' } };
    expect(redactDeep(value, redact)).toEqual({ a: ['x ***'], '***': { n: 1, ok: true, s: '***' } });
  });

  it('the quick check before the shapes lets no shape through, in any case, and still masks held secrets', () => {
    const r = createRedactor(['plain-held-secret']);
    expect(r('A licence text with no credential in it.')).toBe('A licence text with no credential in it.');
    expect(r('the plain-held-secret leaked')).toBe('the *** leaked');
    expect(r('AUTHORIZATION: Token abcdefghijklmnopqrstuvwxyz')).toBe('AUTHORIZATION: ***');
    expect(r('echo BEARER abcdefghijklmnopqrstuvwxyz0123')).toBe('echo BEARER ***');
    expect(r('clone HTTPS://user:pw@host/r.git')).toBe('clone HTTPS://host/r.git');
    expect(r(`see ${'hf_'}${'a'.repeat(34)} here`)).toBe('see *** here');
  });
});
