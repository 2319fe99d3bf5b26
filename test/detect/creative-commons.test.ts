/**
 * Creative Commons 1.0-3.0 legalcode (unported and ported, NC/ND/SA), as real copies hold it: the
 * banner over the licence ("CREATIVE COMMONS CORPORATION IS NOT A LAW FIRM ...") and the Creative
 * Commons Notice after it are kept, dropped or given a heading at will; none of it is a term. Every
 * such copy is its own licence, and a NonCommercial or NoDerivs text is never answered as a licence
 * without that element.
 */
import { describe, expect, it } from 'vitest';
import { spdxData } from '../../src/detect/corpus.js';
import { identifyText } from '../../src/detect/identify.js';

const { data, ids } = spdxData();
const legacy = [...ids].filter((id) => /^CC-BY-/.test(id) && !/-4\.0$/.test(id) && data[id]).sort();

const BANNER = /\n\s*CREATIVE COMMONS CORPORATION IS NOT A LAW FIRM[\s\S]*?RESULTING FROM ITS USE\.\s*\n/;
const NOTICE = /\n\s*(?:Creative Commons Notice|Creative Commons is not a party to this License)/;

const dropBanner = (t: string) => t.replace(BANNER, '\n\n');
const dropNotice = (t: string) => {
  const at = t.search(NOTICE);
  return at > 0 ? `${t.slice(0, at)}\n` : t;
};
const withNoticeHeading = (t: string) =>
  /Creative Commons Notice/.test(t)
    ? t
    : t.replace(
        /\n(\s*)Creative Commons is not a party/,
        '\nCreative Commons Notice\n\n$1Creative Commons is not a party',
      );

const variants: [string, (t: string) => string][] = [
  ['as published', (t) => t],
  ['without the banner', dropBanner],
  ['without the notice', dropNotice],
  [
    'without banner, License heading and notice',
    (t) => dropNotice(dropBanner(t.replace(/\n\s*License\s*\n/, '\n\n'))),
  ],
  ['with a Creative Commons Notice heading', withNoticeHeading],
];

const ELEMENTS = /-(NC|ND)-/;

describe.each(legacy)('%s', (id) => {
  const text = data[id]!.licenseText;
  it.each(variants)('is itself %s', (_name, variant) => {
    expect(identifyText(variant(text)).licence).toBe(id);
  });

  it('is never answered as a licence lacking its NonCommercial / NoDerivs elements', () => {
    for (const [, variant] of variants) {
      const got = identifyText(variant(text)).licence ?? '';
      for (const element of id.match(ELEMENTS)?.slice(1) ?? [])
        if (got) expect(got).toContain(`-${element}-`);
    }
  });
});

describe('the optional CC text is optional only as published', () => {
  const nc = data['CC-BY-NC-3.0']!.licenseText;

  it('reads a term added inside the Creative Commons Notice as a modification', () => {
    const added = nc.replace(
      '    Creative Commons may be contacted at',
      '    Commercial use of the Work requires a separate licence from the Licensor.\n\n    Creative Commons may be contacted at',
    );
    const d = identifyText(added);
    expect(d.licence).toBe('LicenseRef-CC-BY-NC-3.0-modified');
    expect(d.extra?.join(' ')).toContain('separate licence');
  });

  it('gives no answer for CC BY terms under a NonCommercial or NoDerivs title', () => {
    const by = data['CC-BY-3.0']!.licenseText;
    expect(
      identifyText(by.replace('Attribution 3.0 Unported', 'Attribution-NonCommercial 3.0 Unported')).licence,
    ).toBeNull();
    const by25 = data['CC-BY-2.5']!.licenseText;
    expect(
      identifyText(
        by25.replace('Creative Commons Attribution 2.5', 'Creative Commons Attribution-NoDerivs 2.5'),
      ).licence,
    ).toBeNull();
  });

  it('still answers an honest retitling that names the same elements', () => {
    const by = data['CC-BY-NC-3.0']!.licenseText;
    expect(identifyText(by.replace('Creative Commons Legal Code', 'CC BY-NC 3.0 — Legal Code')).licence).toBe(
      'CC-BY-NC-3.0',
    );
  });

  it('never makes the NC text with its non-commercial clause deleted a CC BY licence', () => {
    const a = nc.indexOf(' b. You may not exercise any of the rights');
    const b = nc.indexOf(' c. If You Distribute, or Publicly Perform the Work', a);
    const d = identifyText(nc.slice(0, a) + nc.slice(b));
    expect(d.licence).toBe('LicenseRef-CC-BY-NC-3.0-modified');
  });
});
