import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../src/detect/engine.js';
import { identifyText, licenceInfo } from '../../src/detect/identify.js';
import { derivedId } from '../../src/detect/variants.js';

describe('derived ids (-modified / -renamed)', () => {
  it('names them from the base id without its LicenseRef- prefix', () => {
    expect(derivedId('MIT', 'modified')).toBe('LicenseRef-MIT-modified');
    expect(derivedId('LicenseRef-llama3.1', 'renamed')).toBe('LicenseRef-llama3.1-renamed');
  });

  it('resolves them to "X, modified" / "X, renamed" with the base flags and variantOf', () => {
    const mit = licenceInfo('LicenseRef-MIT-modified');
    expect(mit).toMatchObject({
      name: 'MIT License, modified',
      flags: ['attribution'],
      variantOf: { id: 'MIT', how: 'modified' },
    });
    const llama = licenceInfo('LicenseRef-llama3.1-renamed');
    expect(llama?.variantOf).toEqual({ id: 'LicenseRef-llama3.1', how: 'renamed' });
    expect(llama?.flags).toContain('restricted-use');
    const nc = licenceInfo('LicenseRef-CC-BY-NC-4.0-modified');
    expect(nc?.flags).toContain('non-commercial');
  });

  it('passes variantOf through the engine lookup the policy uses', () => {
    expect(defaultEngine().lookup('LicenseRef-Apache-2.0-modified')).toEqual({
      name: 'Apache License 2.0, modified',
      flags: ['attribution'],
      variantOf: { id: 'Apache-2.0', how: 'modified' },
    });
  });

  it('knows no derived id of an unknown base, and keeps labels that only look derived', () => {
    expect(licenceInfo('LicenseRef-no-such-licence-modified')).toBeUndefined();
    // An id of the index that happens to contain "modified" is itself, not a variant.
    expect(licenceInfo('LicenseRef-pixar-modified-apache')?.id).toBe('Pixar');
  });
});

describe('stated restrictions are licence ids with flags', () => {
  it.each([
    ['LicenseRef-statement-non-commercial', 'non-commercial'],
    ['LicenseRef-statement-research-only', 'non-commercial'],
    ['LicenseRef-statement-restricted-use', 'restricted-use'],
  ])('%s carries %s', (id, flag) => {
    expect(licenceInfo(id)?.flags).toContain(flag);
  });
});

describe('bearing', () => {
  it('is true for licence texts, grants and restrictions, false for a README without terms', () => {
    expect(identifyText('Licensed under the MIT License.', { role: 'readme' }).bearing).toBe(true);
    expect(identifyText('# Demo\n\nNot for commercial use.\n', { role: 'readme' }).bearing).toBe(true);
    expect(identifyText('# Demo\n\nA model that writes haiku.\n', { role: 'readme' }).bearing).toBe(false);
    // A licence section whose licence cannot be read still bears terms: not established, never "none".
    expect(
      identifyText('# Demo\n\n## License\n\nSee the terms of our lab.\n', { role: 'readme' }).bearing,
    ).toBe(true);
    expect(identifyText('This is a bespoke licence of the Hanbit lab.\n', { role: 'licence' }).bearing).toBe(
      true,
    );
  });

  it('quotes a restriction stated with no licence named', () => {
    const d = identifyText('# Demo\n\nThe weights are for non-commercial use only.\n', { role: 'readme' });
    expect(d.licence).toBe('LicenseRef-statement-non-commercial');
    expect(d.extra).toEqual(['The weights are for non-commercial use only.']);
  });
});
