/**
 * Honest controls for every model licence added in issue 12 (texts in rules/licences/texts, sources in
 * index.json): the text as published is identified; the same text with its model and licensor names
 * replaced is that licence `-renamed` (a template clone, never the licence); the same text with an added
 * restriction is that licence `-modified`, the addition quoted. None of the three is approvable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyText, licenceInfo } from '../../src/detect/identify.js';

const texts = join(import.meta.dirname, '..', '..', 'rules', 'licences', 'texts');

/** Per licence: its file, and the names a clone would replace (all occurrences, as written). */
const CASES: [id: string, file: string, renames: [RegExp, string][]][] = [
  ['LicenseRef-chatglm-6b', 'chatglm-6b.txt', [[/ChatGLM/g, 'HanGLM']]],
  ['LicenseRef-chatglm2-6b', 'chatglm2-6b.txt', [[/ChatGLM2/g, 'HanGLM2']]],
  ['LicenseRef-codegeex', 'codegeex.txt', [[/CodeGeeX/g, 'HanCoder']]],
  ['LicenseRef-codegeex4', 'codegeex4.txt', [[/CodeGeeX/g, 'HanCoder']]],
  ['LicenseRef-cogvlm', 'cogvlm.txt', [[/CogVLM/g, 'HanVLM']]],
  ['LicenseRef-cogvlm2', 'cogvlm2.txt', [[/CogVLM/g, 'HanVLM']]],
  ['LicenseRef-cogvideox', 'cogvideox.txt', [[/CogVideoX/g, 'HanVideo']]],
  ['LicenseRef-aixcoder', 'aixcoder.txt', [[/aiXcoder/g, 'HanCoder']]],
  [
    'LicenseRef-funasr-1.1',
    'funasr-1.1.txt',
    [
      [/FunASR/g, 'HanASR'],
      [/Alibaba Group/g, 'Hanbit Group'],
    ],
  ],
  ['LicenseRef-kolors', 'kolors.txt', [[/kolors/gi, 'hanart']]],
  [
    'LicenseRef-orion-14b',
    'orion-14b.txt',
    [
      [/Orion(?=-14B)/g, 'Hanbit'],
      [/Beijing Orionstar Technology/g, 'Seoul Hanbit Technology'],
    ],
  ],
  [
    'LicenseRef-opt-175b',
    'opt-175b.txt',
    [
      [/OPT-175B/g, 'HANBIT-15B'],
      [/Meta/g, 'Hanbit'],
    ],
  ],
  [
    'LicenseRef-sdxl-0.9-research',
    'sdxl-0.9-research.txt',
    [
      [/SDXL/g, 'HANXL'],
      [/Stability AI/g, 'Hanbit Labs'],
    ],
  ],
  [
    'LicenseRef-stable-video-diffusion-nc-community',
    'stable-video-diffusion-nc-community.txt',
    [
      [/STABLE VIDEO DIFFUSION|Stable Video Diffusion/g, 'Hanbit Motion'],
      [/Stability AI/g, 'Hanbit Labs'],
    ],
  ],
  [
    'LicenseRef-dinov3',
    'dinov3.txt',
    [
      [/DINO/g, 'HANO'],
      [/Meta/g, 'Hanbit'],
    ],
  ],
  [
    'LicenseRef-yolo-nas',
    'yolo-nas.txt',
    [
      [/YOLO-NAS/g, 'HANBIT-DET'],
      [/Deci(?=[^a-z])/g, 'Hanbit'],
      [/DECI/g, 'HANBIT'],
    ],
  ],
  ['LicenseRef-yayi2-community', 'yayi2-community.txt', [[/YAYI/g, 'HANBIT']]],
  ['LicenseRef-minimax-01', 'minimax-01.txt', [[/MiniMax|MINIMAX/g, 'Hanbit']]],
  [
    'LicenseRef-yi-1.0',
    'yi-1.0.txt',
    [
      [/\bYi\b/g, 'Han'],
      [/Beijing Lingyiwanwu Information Technology/g, 'Seoul Hanbit Information Technology'],
    ],
  ],
  [
    'LicenseRef-yi-2.1',
    'yi-2.1.txt',
    [
      [/\bYi\b/g, 'Han'],
      [/Beijing Lingyiwanwu Information Technology/g, 'Seoul Hanbit Information Technology'],
    ],
  ],
  [
    'LicenseRef-exaone-1.0-nc',
    'exaone-1.0-nc.txt',
    [
      [/EXAONE/g, 'HANONE'],
      [/LG Management Development Institute/g, 'Hanbit Research Institute'],
    ],
  ],
];

const RESTRICTION = 'The Licensee shall not use the Model for any purpose in the Republic of Korea.';
const RESTRICTION_ZH = '您不得在大韩民国境内以任何目的使用本模型。';

/** The text with a restriction inserted after its first third of paragraphs (inside the terms). */
function withRestriction(text: string, sentence: string): string {
  const parts = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const at = Math.max(2, Math.floor(parts.length / 3));
  return [...parts.slice(0, at), sentence, ...parts.slice(at)].join('\n\n');
}

/** True when the presets could approve the id: known, no flag they deny, no derived id. */
function approvable(id: string): boolean {
  const info = licenceInfo(id);
  if (!info) return false;
  return !info.flags.some((f) => f === 'restricted-use' || f === 'non-commercial') && !info.variantOf;
}

describe.each(CASES)('%s', (id, file, renames) => {
  const text = readFileSync(join(texts, file), 'utf8');

  it('is identified as published, and is not approvable', () => {
    expect(identifyText(text).licence).toBe(id);
    expect(approvable(id)).toBe(false);
  });

  it('is the licence renamed when its model and licensor names are replaced', () => {
    let clone = text;
    for (const [from, to] of renames) clone = clone.replace(from, to);
    expect(clone).not.toBe(text);
    const d = identifyText(clone);
    expect(d.licence).toBe(`${id.replace(/^LicenseRef-/, 'LicenseRef-')}-renamed`);
    expect(d.matcher).toBe('renamed');
    expect(licenceInfo(d.licence!)?.flags).toEqual(licenceInfo(id)?.flags);
  });

  it('is the licence modified, quoting it, when a restriction is added', () => {
    const chinese = id === 'LicenseRef-yayi2-community';
    const sentence = chinese ? RESTRICTION_ZH : RESTRICTION;
    const d = identifyText(withRestriction(text, sentence));
    expect(d.licence).toBe(`${id}-modified`);
    expect(d.extra?.join(' ')).toContain(chinese ? '大韩民国' : 'Republic of Korea');
  });
});
