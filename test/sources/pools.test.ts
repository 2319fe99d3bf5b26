import { describe, expect, it } from 'vitest';
import { scanOptionsSchema } from '../../src/options.js';
import { DEFAULT_POOLS, formatPools, parsePools, releasesInFlight } from '../../src/sources/pools.js';

describe('request pools (--concurrency)', () => {
  it('defaults to at least 16 per host', () => {
    expect(scanOptionsSchema.parse({}).concurrency).toEqual({ 'hub-api': 16, 'hub-files': 32, github: 16 });
    expect(Math.min(...Object.values(DEFAULT_POOLS))).toBeGreaterThanOrEqual(16);
    expect(releasesInFlight(DEFAULT_POOLS)).toBe(48);
  });

  it('reads N for every pool, or pools by name (the others keep their defaults)', () => {
    expect(parsePools('8')).toEqual({ 'hub-api': 8, 'hub-files': 8, github: 8 });
    expect(parsePools(' hub-files=48 , github=4 ')).toEqual({ 'hub-api': 16, 'hub-files': 48, github: 4 });
    expect(parsePools(formatPools(DEFAULT_POOLS))).toEqual(DEFAULT_POOLS);
    expect(scanOptionsSchema.parse({ concurrency: 4 }).concurrency).toEqual({
      'hub-api': 4,
      'hub-files': 4,
      github: 4,
    });
  });

  it.each([
    '0',
    '65',
    '1.5',
    'abc',
    '',
    'hub=4',
    'hub-api=',
    'hub-api=0',
    'github=4,github=8',
    'hub-api=4=5',
    '-1',
  ])('refuses %j: a pool of none, beyond a host limit, or named twice is no setting', (text) => {
    const parsed = parsePools(text);
    expect(parsed).toHaveProperty('error');
    expect((parsed as { error: string }).error).toContain(`got '${text}'`);
    expect(scanOptionsSchema.shape.concurrency.safeParse(text).success).toBe(false);
  });
});
