import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyText, licenceInfo, refines } from '../../src/detect/identify.js';

const texts = join(import.meta.dirname, '..', '..', 'rules', 'licences', 'texts');

describe('refines', () => {
  it.each([
    ['LicenseRef-exaone', 'LicenseRef-exaone-1.2-nc', true],
    ['LicenseRef-exaone-ai-model', 'LicenseRef-exaone-1.2-nc', true],
    ['LicenseRef-exaone', 'LicenseRef-exaone-1.1-nc', true],
    ['LicenseRef-exaone-1.1-nc', 'LicenseRef-exaone-1.2-nc', false],
    ['LicenseRef-exaone', 'LicenseRef-k-exaone', false],
    ['LicenseRef-llama3', 'LicenseRef-llama3.1', false],
    ['LicenseRef-llama3.1', 'LicenseRef-llama3.2', false],
    ['LicenseRef-llama3.1', 'LicenseRef-llama3.1', true],
    ['LicenseRef-hyperclovax', 'LicenseRef-hyperclovax-seed', true],
    ['LicenseRef-gemma', 'LicenseRef-gemma-2024-04-01', true],
    ['LicenseRef-openrail', 'LicenseRef-bigscience-openrail-m', true],
    ['LicenseRef-upstage-solar-license', 'LicenseRef-upstage-solar-license', true],
    ['Apache-2.0', 'LicenseRef-upstage-solar-license', false],
    ['GPL-3.0', 'GPL-3.0-only', true],
    ['MIT', 'Apache-2.0', false],
    // Hub license_name values of the model licences added in issue 12 (a card declares
    // `license: other` + `license_name: yi-license`, the LICENSE text is one version).
    ['LicenseRef-yi-license', 'LicenseRef-yi-2.1', true],
    ['LicenseRef-yi-license', 'LicenseRef-yi-1.0', true],
    ['LicenseRef-yi-1.0', 'LicenseRef-yi-2.1', false],
    ['LicenseRef-exaone', 'LicenseRef-exaone-1.0-nc', true],
    ['LicenseRef-funasr-model-license', 'LicenseRef-funasr-1.1', true],
    ['LicenseRef-funasr-model-license-v1.1', 'LicenseRef-funasr-1.1', true],
    ['LicenseRef-dinov3-license', 'LicenseRef-dinov3', true],
    ['LicenseRef-cogvideox-license', 'LicenseRef-cogvideox', true],
    ['LicenseRef-minimax-model-license', 'LicenseRef-minimax-01', true],
    ['LicenseRef-minimax-model-license', 'LicenseRef-minimax-m2.5', true],
    ['LicenseRef-cogvlm', 'LicenseRef-cogvlm2', false],
    ['LicenseRef-chatglm-6b', 'LicenseRef-chatglm2-6b', false],
  ])('refines(%s, %s) = %s', (general, specific, want) => {
    expect(refines(general, specific)).toBe(want);
  });
});

describe('licenceInfo', () => {
  it('knows SPDX ids with their OSI flag and NC flags', () => {
    expect(licenceInfo('Apache-2.0')).toMatchObject({
      id: 'Apache-2.0',
      spdx: true,
      osiApproved: true,
      flags: ['attribution'],
    });
    expect(licenceInfo('CC-BY-NC-4.0')?.flags).toContain('non-commercial');
    expect(licenceInfo('GPL-3.0')?.id).toBe('GPL-3.0-only');
  });

  it('knows model licences and the Hub aliases of the Korean teams', () => {
    expect(licenceInfo('LicenseRef-exaone-1.2-nc')?.flags).toEqual([
      'restricted-use',
      'non-commercial',
      'binds-derivatives',
      'attribution',
    ]);
    for (const id of [
      'LicenseRef-exaone',
      'LicenseRef-k-exaone',
      'LicenseRef-hyperclovax-seed',
      'LicenseRef-hyperclovax',
      'LicenseRef-upstage-solar-license',
      'LicenseRef-llama2',
      'LicenseRef-bigscience-openrail-m',
      'LicenseRef-bigscience-bloom-rail-1.0',
      'LicenseRef-bigcode-openrail-m',
    ]) {
      expect(licenceInfo(id), id).toBeDefined();
    }
    expect(licenceInfo('LicenseRef-scancode-llama-3.1-license-2024')?.id).toBe('LicenseRef-llama3.1');
    expect(licenceInfo('LicenseRef-pixar-modified-apache')?.id).toBe('Pixar');
  });
});

describe('version discrimination', () => {
  it.each([
    ['llama3.1.txt', 'LicenseRef-llama3.1'],
    ['llama3.2.txt', 'LicenseRef-llama3.2'],
    ['llama3.3.txt', 'LicenseRef-llama3.3'],
    ['exaone-1.1-nc.txt', 'LicenseRef-exaone-1.1-nc'],
    ['exaone-1.2-nc.txt', 'LicenseRef-exaone-1.2-nc'],
    ['gemma.txt', 'LicenseRef-gemma'],
    ['gemma-2024-04-01.txt', 'LicenseRef-gemma-2024-04-01'],
    ['nvidia-open-model-license-2025-04-28.txt', 'LicenseRef-nvidia-open-model-license-2025-04-28'],
  ])('%s is %s', (file, id) => {
    expect(identifyText(readFileSync(join(texts, file), 'utf8')).licence).toBe(id);
  });

  it('does not take Llama 3.1 for 3.2 when only the version strings change', () => {
    const text = readFileSync(join(texts, 'llama3.1.txt'), 'utf8');
    // 3.1 text with its version strings changed to 3.4: no such licence, so no answer.
    const d = identifyText(text.replaceAll('3.1', '3.4'));
    expect(d.licence).toBeNull();
    expect(d.closest?.licence).toMatch(/^LicenseRef-llama3\.\d$/);
  });
});
