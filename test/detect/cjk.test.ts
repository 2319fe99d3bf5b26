/**
 * Chinese licence texts. The engine was built for Latin words; Chinese is written without spaces, so
 * normalise.ts makes each CJK character a word (a sentence is not one word that any edit changes
 * whole) and substance-words.ts knows the Chinese negations, "only" and "must". These cases check
 * that a Chinese text matches itself and lightly edited copies, that an added or reversed Chinese
 * clause makes it a modified licence, and that one Chinese licence is never answered as another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageParts } from '../../src/detect/corpus.js';
import { identifyText } from '../../src/detect/identify.js';
import { normalise } from '../../src/detect/normalise.js';

const texts = join(import.meta.dirname, '..', '..', 'rules', 'licences', 'texts');
const read = (file: string) => readFileSync(join(texts, file), 'utf8');
const yayi = read('yayi2-community.txt');

describe('CJK normalisation', () => {
  it('makes each Chinese character a word, keeping Latin words and numbers whole', () => {
    expect(normalise('您不得将 YAYI 2 模型用于军事目的。').words).toEqual(
      '您 不 得 将 yayi 2 模 型 用 于 军 事 目 的'.split(' '),
    );
  });

  it('folds full-width letters and digits to ASCII', () => {
    expect(normalise('ＹＡＹＩ　２ 模型').words).toEqual(['yayi', '2', '模', '型']);
  });
});

describe('a Chinese-only licence (YAYI 2 community licence)', () => {
  it('matches itself exactly', () => {
    expect(identifyText(yayi)).toMatchObject({ licence: 'LicenseRef-yayi2-community', matcher: 'exact' });
  });

  it('matches a lightly edited copy: reflowed, CRLF, Markdown headings, full-width spaces', () => {
    const copy = yayi
      .replace(/^(一|二|三|四|五|六|七|八)、/gm, '## $1、')
      .replace(/。/g, '。\n')
      .replace(/ /g, '　')
      .replace(/\n/g, '\r\n');
    expect(copy).toMatch(/##\s二、/);
    expect(identifyText(copy).licence).toBe('LicenseRef-yayi2-community');
  });

  it('is modified when a Chinese restriction is added, and the addition is quoted', () => {
    const added = yayi.replace(
      '二、许可及许可限制',
      '二、许可及许可限制\n\n本模型仅可用于学术研究，不得用于任何政府项目。',
    );
    expect(added).not.toBe(yayi);
    const d = identifyText(added);
    expect(d.licence).toBe('LicenseRef-yayi2-community-modified');
    expect(d.extra?.join(' ')).toContain('不得用于任何政府项目');
  });

  it('is modified when a Chinese negation is removed (非商业 -> 商业)', () => {
    const reversed = yayi.replace('您可以出于自身非商业用途使用此许可', '您可以出于自身商业用途使用此许可');
    expect(reversed).not.toBe(yayi);
    expect(identifyText(reversed).licence).toBe('LicenseRef-yayi2-community-modified');
  });

  it('is modified when a negation is added to a clause (可以 -> 不可以)', () => {
    const reversed = yayi.replace('您可以对雅意 YAYI 2 模型进行修改', '您不可以对雅意 YAYI 2 模型进行修改');
    expect(reversed).not.toBe(yayi);
    expect(identifyText(reversed).licence).toBe('LicenseRef-yayi2-community-modified');
  });

  it('is a modified licence, never YAYI 2 itself, when its Chinese licensor names are replaced', () => {
    // Chinese names are characters, not words the rename detection can tell from terms: a clone
    // renamed in Chinese is "modified", which no policy approves either.
    const clone = yayi.replace(/雅意/g, '韩光').replace(/中科闻歌/g, '韩比特');
    expect(identifyText(clone).licence).toBe('LicenseRef-yayi2-community-modified');
  });
});

describe('one Chinese licence is not another', () => {
  const yiChinese = (file: string) =>
    languageParts(read(file), [file === 'yi-1.0.txt' ? 'Yi系列模型许可协议' : 'Yi系列模型社区许可协议'])[1]!;

  it('answers the Chinese half of each Yi version as that version', () => {
    expect(identifyText(yiChinese('yi-1.0.txt')).licence).toBe('LicenseRef-yi-1.0');
    expect(identifyText(yiChinese('yi-2.1.txt')).licence).toBe('LicenseRef-yi-2.1');
  });

  it('does not answer YAYI 2 (built on the Yi template) as Yi, nor Yi as YAYI 2', () => {
    expect(identifyText(yayi).licence).not.toMatch(/yi-/);
    for (const file of ['yi-1.0.txt', 'yi-2.1.txt'])
      expect(identifyText(yiChinese(file)).licence ?? '').not.toContain('yayi');
  });

  it('does not answer the Chinese text of one GLM-family licence as another', () => {
    // ChatGLM-6B and CogVideoX share most of their Chinese clauses, but not all of them.
    const chatglm = languageParts(read('chatglm-6b.txt'), ['1. Definitions'])[0]!;
    const cogvideo = languageParts(read('cogvideox.txt'), ['1. 定义'])[1]!;
    expect(identifyText(chatglm).licence).toBe('LicenseRef-chatglm-6b');
    expect(identifyText(cogvideo).licence).toBe('LicenseRef-cogvideox');
  });

  it('answers a Chinese text that is no licence with no licence', () => {
    const prose =
      '本项目提供一个中文问答模型的推理代码与示例。安装依赖后即可在本地运行演示程序，欢迎提交问题与改进建议。'.repeat(
        8,
      );
    expect(identifyText(prose).licence).toBeNull();
  });
});

describe('bilingual licences (Kolors: Chinese, then English)', () => {
  const kolors = read('kolors.txt');
  const [chinese, english] = languageParts(kolors, ['英文版']);

  it('answers each language alone as the licence', () => {
    expect(identifyText(chinese!).licence).toBe('LicenseRef-kolors');
    expect(identifyText(english!).licence).toBe('LicenseRef-kolors');
  });

  it('answers the English half with a restriction added as modified', () => {
    const added = english!.replace(
      '4.   \tINTELLECTUAL PROPERTY.',
      'You must not use the Model Works in any product offered in the Republic of Korea.\n4.   \tINTELLECTUAL PROPERTY.',
    );
    expect(added).not.toBe(english);
    const d = identifyText(added);
    expect(d.licence).toBe('LicenseRef-kolors-modified');
    expect(d.extra?.join(' ')).toContain('Republic of Korea');
  });

  it('answers the whole text with a Chinese clause added as modified, quoting the clause', () => {
    const added = kolors.replace('4.知识产权。', '您不得将本模型作品用于任何广告服务。\n\n4.知识产权。');
    expect(added).not.toBe(kolors);
    const d = identifyText(added);
    expect(d.licence).toBe('LicenseRef-kolors-modified');
    expect(d.extra?.join(' ')).toContain('广告服务');
  });
});
