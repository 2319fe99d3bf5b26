import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hubLicence, licenseRef } from '../../src/detect/hub-ids.js';

const rows = readFileSync(new URL('../fixtures/tables/hub-licences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('value\t'))
  .map((l) => l.split('\t') as [string, string, string]);

describe('Hub licence ids (test/fixtures/tables/hub-licences.tsv)', () => {
  it.each(rows)('%s (name %s) -> %s', (value, name, expected) => {
    const got = hubLicence(value, name || undefined);
    const rendered = got.kind === 'licence' ? got.expression : `see-text${got.name ? `:${got.name}` : ''}`;
    expect(rendered).toBe(expected);
  });

  it('reduces names to the characters SPDX allows', () => {
    expect(licenseRef('Upstage Solar License')).toBe('LicenseRef-Upstage-Solar-License');
    expect(licenseRef('hyperclovax-seed')).toBe('LicenseRef-hyperclovax-seed');
  });
});
