import { describe, expect, it } from 'vitest';
import { teamStatus } from '../../src/policy/tally.js';
import table from '../fixtures/tables/tally.json' with { type: 'json' };

describe('team status (test/fixtures/tables/tally.json)', () => {
  it.each(table.cases)('$name', (c) => {
    const got = teamStatus(
      { counted: c.counted, compliant: c.compliant, unknown: c.unknown },
      c.threshold,
      Boolean((c as { listingFailed?: boolean }).listingFailed),
    );
    expect(got.status).toBe(c.status);
  });
});
