/**
 * The red-team table: for each "way in" of issue 9 (a team trying to look more open than it is),
 * cases of its own with the verdict they must get; beside them honest controls that must stay
 * `compliant`. A case is a few lines of data (test/support/redteam-world.ts builds the world).
 * Cases marked `engine` need the licence engine's half of issue 9 (modified texts, renamed
 * templates, README restrictions, compound notices) to reach their verdict.
 */
import type { RedTeamCase } from '../support/redteam-run.js';
import { resolvePath } from '../support/redteam-world.js';
import {
  APACHE,
  APACHE_FILLED,
  BESPOKE,
  BSD3,
  CC_BY,
  CC_BY_NC,
  LFS_WEIGHTS,
  LLAMA_RENAMED,
  LLAMA_RENAMED_VERSIONED,
  MIT,
  WEIGHTS,
} from './texts.js';

const readme = (body: string) => `# Model\n\nA 7B model trained on Korean and English text.\n\n${body}\n`;
const mitParts = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`LICENSE-component${String(i + 1).padStart(2, '0')}`, MIT]),
  );

/** Traps: none of them may be `compliant`. */
export const TRAPS: RedTeamCase[] = [
  // 1. A permissive text with a restriction added is still the permissive licence.
  {
    id: 'w1-mit-scale-clause',
    way: 1,
    engine: true,
    what: 'MIT with a sentence after it that limits large deployments',
    hub: [
      {
        name: 'm',
        card: { license: 'mit' },
        files: {
          LICENSE: `${MIT}\nAny deployment serving more than one million monthly users requires a separate agreement with Seoul AI Institute.\n`,
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_MODIFIED'] },
  },
  {
    id: 'w1-apache-after-appendix',
    way: 1,
    engine: true,
    what: 'Apache-2.0 with an evaluation-only sentence after the appendix',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: {
          LICENSE: `${APACHE_FILLED}\n\nNotwithstanding the above, the model weights are provided for evaluation purposes only.\n`,
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_MODIFIED'] },
  },
  {
    id: 'w1-bsd-preamble',
    way: 1,
    engine: true,
    what: 'BSD-3-Clause with a sentence before it that limits who may run the weights',
    hub: [
      {
        name: 'm',
        card: { license: 'bsd-3-clause' },
        files: {
          LICENSE: `Only universities and public research institutes may download and run these weights.\n\n${BSD3}`,
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_MODIFIED'] },
  },

  // 2. Card metadata winning over a licence file that could not be identified or read.
  {
    id: 'w2-bespoke-under-apache',
    way: 2,
    what: 'card apache-2.0 over a bespoke licence file',
    hub: [{ name: 'm', card: { license: 'apache-2.0' }, files: { LICENSE: BESPOKE, ...WEIGHTS } }],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNIDENTIFIED'] },
  },
  {
    id: 'w2-licence-503',
    way: 2,
    what: 'card mit over a LICENSE that answers 503',
    hub: [{ name: 'm', card: { license: 'mit' }, files: { LICENSE: MIT, ...WEIGHTS } }],
    faults: (org) => [{ match: resolvePath(`${org}/m`, 'LICENSE'), status: 503, count: 99 }],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNREADABLE'] },
  },
  {
    id: 'w2-click-through-unread',
    way: 2,
    what: 'click-through gated: its files fail anonymously (GatedRepo), the card says cc-by-4.0',
    hub: [
      { name: 'm', gated: 'auto', card: { license: 'cc-by-4.0' }, files: { LICENSE: CC_BY, ...WEIGHTS } },
    ],
    expect: { verdict: 'unknown', codes: ['GATED_AUTO', 'LICENCE_UNREADABLE'] },
  },
  {
    id: 'w2-llama-renamed',
    way: 2,
    engine: true,
    what: 'card apache-2.0 over the Llama 3.1 licence with its names changed',
    hub: [{ name: 'm', card: { license: 'apache-2.0' }, files: { LICENSE: LLAMA_RENAMED, ...WEIGHTS } }],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_MODIFIED'] },
  },
  {
    id: 'w2-llama-renamed-versioned',
    way: 2,
    what: 'card mit over the Llama 3.1 licence renamed and given a version of its own',
    hub: [{ name: 'm', card: { license: 'mit' }, files: { LICENSE: LLAMA_RENAMED_VERSIONED, ...WEIGHTS } }],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNIDENTIFIED'] },
  },
  {
    id: 'w2-license-link-missing',
    way: 2,
    what: 'card apache-2.0 whose license_link names a file the repository does not have',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0', license_link: 'LICENSE-WEIGHTS.md' },
        files: { LICENSE: APACHE, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNREADABLE'] },
  },
  {
    id: 'w2-symlinked-licence',
    way: 2,
    what: 'a git repository whose LICENSE is a symlink out of it, front matter apache-2.0',
    git: {
      files: { 'README.md': '---\nlicense: apache-2.0\n---\n# m\n', ...LFS_WEIGHTS },
      symlinks: { LICENSE: '/etc/hostname' },
    },
    expect: { verdict: 'unknown', codes: ['LICENCE_UNREADABLE'] },
  },

  // 3. A card list with `other` loses its `other` part.
  {
    id: 'w3-mit-and-named-other',
    way: 3,
    what: 'license: [mit, other] with license_name and no text',
    hub: [
      {
        name: 'm',
        card: { license: ['mit', 'other'], license_name: 'hanbit-research-only' },
        files: WEIGHTS,
      },
    ],
    expect: { verdict: 'non-compliant', expression: 'MIT AND LicenseRef-hanbit-research-only' },
  },
  {
    id: 'w3-text-covers-one-part',
    way: 3,
    what: 'license: [cc-by-4.0, other] named, with only the CC-BY-4.0 text',
    hub: [
      {
        name: 'm',
        card: { license: ['cc-by-4.0', 'other'], license_name: 'acme-weights-nc' },
        files: { LICENSE: CC_BY, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'non-compliant', expression: 'CC-BY-4.0 AND LicenseRef-acme-weights-nc' },
  },
  {
    id: 'w3-unnamed-other-beside',
    way: 3,
    what: 'license: [apache-2.0, other] unnamed, with only the Apache text',
    hub: [{ name: 'm', card: { license: ['apache-2.0', 'other'] }, files: { LICENSE: APACHE, ...WEIGHTS } }],
    expect: { verdict: 'unknown', codes: ['LICENCE_TEXT_MISSING'] },
  },

  // 4. Of two licence files, the unidentified one ignored.
  {
    id: 'w4-bespoke-weights-licence',
    way: 4,
    what: 'LICENSE Apache-2.0 plus a bespoke LICENSE-WEIGHTS',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { LICENSE: APACHE, 'LICENSE-WEIGHTS': BESPOKE, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNIDENTIFIED'] },
  },
  {
    id: 'w4-reuse-nc-beside-mit',
    way: 4,
    what: 'LICENSE MIT plus LICENSES/CC-BY-NC-4.0.txt',
    hub: [
      {
        name: 'm',
        card: { license: 'mit' },
        files: { LICENSE: MIT, 'LICENSES/CC-BY-NC-4.0.txt': CC_BY_NC, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_NOT_APPROVED'] },
  },
  {
    id: 'w4-github-model-licence',
    way: 4,
    what: 'a GitHub weights repository: LICENSE MIT (the API says MIT) plus a bespoke MODEL_LICENSE',
    github: [
      {
        name: 'weights',
        files: { 'README.md': '# weights\n', LICENSE: MIT, MODEL_LICENSE: BESPOKE, ...LFS_WEIGHTS },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
      },
    ],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNIDENTIFIED'] },
  },

  // 5. The README's licence section, never compared with the card.
  {
    id: 'w5-readme-restricts-weights',
    way: 5,
    engine: true,
    what: 'card and LICENSE Apache-2.0; the README says the weights are for research only',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: {
          LICENSE: APACHE,
          'README.md': readme(
            '## License\n\nCode: Apache-2.0. The weights may only be used for research that is not commercial.',
          ),
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant' },
  },
  {
    id: 'w5-readme-names-nc',
    way: 5,
    what: 'card and LICENSE MIT; the README says the weights are shared under CC BY-NC 4.0',
    hub: [
      {
        name: 'm',
        card: { license: 'mit' },
        files: {
          LICENSE: MIT,
          'README.md': readme('## License\n\nThe weights are shared under CC BY-NC 4.0.'),
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_DENIED'] },
  },
  {
    id: 'w5-readme-base-licence',
    way: 5,
    what: 'card apache-2.0, no LICENSE; the README says use is governed by the Llama 3.1 licence',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: {
          'README.md': readme(
            '## License\n\nUse of this model is governed by the Llama 3.1 Community License.',
          ),
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_RESTRICTED_USE'] },
  },

  // 6. Licence files capped silently.
  {
    id: 'w6-hub-seventeen-licences',
    way: 6,
    what: 'a Hub repository with 17 licence files: the cap of 16 leaves one unread, and says so',
    hub: [
      { name: 'm', card: { license: 'apache-2.0' }, files: { LICENSE: APACHE, ...mitParts(16), ...WEIGHTS } },
    ],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNREADABLE'] },
  },
  {
    id: 'w6-github-eighteen-licences',
    way: 6,
    what: 'a GitHub repository with 18 licence files',
    github: [
      {
        name: 'weights',
        files: { 'README.md': '# weights\n', LICENSE: APACHE, ...mitParts(17), ...LFS_WEIGHTS },
        licence: { path: 'LICENSE', spdxId: 'Apache-2.0' },
      },
    ],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNREADABLE'] },
  },
  {
    id: 'w6-weights-folder-licence',
    way: 6,
    what: 'LICENSE Apache-2.0 at the top, CC-BY-NC-4.0 beside the weights in checkpoints/',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { LICENSE: APACHE, 'checkpoints/LICENSE': CC_BY_NC, 'checkpoints/model.safetensors': '' },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_NOT_APPROVED'] },
  },
  {
    id: 'w6-oversized-licence',
    way: 6,
    what: 'a LICENSE over the 512 KiB cap: only its start is read',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { LICENSE: `${APACHE}\n\n${'Further terms follow. '.repeat(30_000)}`, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'unknown', codes: ['LICENCE_UNREADABLE'] },
  },

  {
    id: 'w6-long-licence',
    way: 6,
    // The engine's cost is bounded, so a text read whole is identified whatever its length (it was
    // declined over 64 KiB): Apache-2.0 with sentences added is Apache-2.0 modified, never Apache-2.0.
    what: 'a LICENSE of 100 KB (Apache-2.0 and filler): read whole, identified as a modified licence',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { LICENSE: `${APACHE}\n\n${'Further terms follow. '.repeat(4_000)}`, ...WEIGHTS },
      },
    ],
    expect: {
      verdict: 'non-compliant',
      codes: ['LICENCE_MISMATCH', 'LICENCE_MODIFIED', 'LICENCE_NOT_APPROVED'],
    },
  },

  // 7. A compound licence loses a part.
  {
    id: 'w7-code-and-weights-notice',
    way: 7,
    engine: true,
    what: 'LICENSE: the code MIT, the weights CC-BY-NC-SA-4.0',
    hub: [
      {
        name: 'm',
        card: { license: 'mit' },
        files: {
          LICENSE:
            'The source code in this repository is released under the MIT License. The model weights are released under CC-BY-NC-SA-4.0.\n',
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'non-compliant' },
  },
  {
    id: 'w7-parts-list',
    way: 7,
    engine: true,
    what: 'LICENSE.md listing the parts: code Apache-2.0, weights OpenRAIL-M',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { 'LICENSE.md': 'Code: Apache-2.0\nWeights: OpenRAIL-M\n', ...WEIGHTS },
      },
    ],
    expect: { verdict: 'non-compliant' },
  },

  {
    id: 'w7-parts-list-nd',
    way: 7,
    what: 'LICENSE listing the parts: code Apache-2.0, weights CC-BY-NC-ND-4.0',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { LICENSE: 'Code: Apache-2.0\nWeights: CC-BY-NC-ND-4.0\n', ...WEIGHTS },
      },
    ],
    expect: { verdict: 'non-compliant', codes: ['LICENCE_DENIED'] },
  },

  // 8. Click-through gating with an unknown file list.
  {
    id: 'w8-click-through-no-file-list',
    way: 8,
    what: 'click-through gated, the Hub sends no file list at all',
    hub: [{ name: 'm', gated: 'auto', card: { license: 'apache-2.0' }, siblings: 'absent' }],
    expect: { verdict: 'unknown', codes: ['FILES_UNKNOWN'] },
  },
  {
    id: 'w8-click-through-odd-file-list',
    way: 8,
    what: 'click-through gated, file entries named `path` instead of `rfilename`',
    hub: [
      {
        name: 'm',
        gated: 'auto',
        card: { license: 'apache-2.0' },
        siblings: [{ path: 'LICENSE' }, { path: 'model.safetensors' }],
      },
    ],
    expect: { verdict: 'unknown', codes: ['MALFORMED_RESPONSE'] },
  },

  // 9. A declared release matched by an `exclude` glob.
  {
    id: 'w9-declared-flagship-excluded',
    way: 9,
    what: 'the non-commercial flagship declared, then excluded by a glob',
    hub: [
      { name: 'flagship-70b', card: { license: 'cc-by-nc-4.0' }, files: { LICENSE: CC_BY_NC, ...WEIGHTS } },
    ],
    team: { models: ['{org}/flagship-70b'], exclude: ['{org}/flagship-*'] },
    expect: { verdict: 'non-compliant', codes: ['DECLARED_NOT_EXCLUDED'] },
  },
  {
    id: 'w9-declared-private-excluded',
    way: 9,
    what: 'a declared private preview excluded with a reason',
    hub: [{ name: 'omni-preview', private: true, card: { license: 'mit' }, files: WEIGHTS }],
    team: {
      models: ['{org}/omni-preview'],
      exclude: [{ pattern: '{org}/*-preview', reason: 'previews are not releases' }],
      discover: false,
    },
    expect: { verdict: 'non-compliant', codes: ['DECLARED_NOT_EXCLUDED', 'NOT_PUBLIC'] },
  },

  // 10. Shapes nobody expected drop releases from `counted`.
  {
    id: 'w10-sibling-number',
    way: 10,
    what: 'a `siblings` entry whose rfilename is a number',
    hub: [{ name: 'm', card: { license: 'mit' }, siblings: [{ rfilename: 'README.md' }, { rfilename: 7 }] }],
    expect: { verdict: 'unknown', codes: ['MALFORMED_RESPONSE'] },
  },
  {
    id: 'w10-siblings-strings',
    way: 10,
    what: '`siblings` as bare strings',
    hub: [{ name: 'm', card: { license: 'mit' }, siblings: ['README.md', 'model.safetensors'] }],
    expect: { verdict: 'unknown', codes: ['MALFORMED_RESPONSE'] },
  },
  {
    id: 'w10-tree-without-list',
    way: 10,
    what: 'a GitHub tree answer without its `tree` list',
    github: [
      {
        name: 'weights',
        files: { 'README.md': '# weights\n', LICENSE: MIT, ...LFS_WEIGHTS },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
        treeBody: { sha: 'f'.repeat(40), truncated: false },
      },
    ],
    expect: { verdict: 'unknown', codes: ['MALFORMED_RESPONSE'] },
  },
  {
    id: 'w10-cut-tree-no-weights-seen',
    way: 10,
    what: 'a GitHub tree cut short before any weight file',
    github: [
      {
        name: 'weights',
        files: { 'README.md': '# weights\n', LICENSE: MIT, ...LFS_WEIGHTS },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
        treeBody: {
          sha: 'f'.repeat(40),
          truncated: true,
          tree: [
            { path: 'LICENSE', mode: '100644', type: 'blob', sha: 'a'.repeat(40), size: 1000 },
            { path: 'README.md', mode: '100644', type: 'blob', sha: 'b'.repeat(40), size: 10 },
          ],
        },
      },
    ],
    expect: { verdict: 'unknown', codes: ['FILES_TRUNCATED'] },
  },
  {
    id: 'w10-listing-item-without-name',
    way: 10,
    what: 'an org listing item without `full_name`: the team is incomplete, not one repository shorter',
    github: [
      {
        name: 'tool',
        files: { 'README.md': '# tool\n', LICENSE: MIT, 'tool.py': '' },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
      },
      { name: 'hidden', files: {}, listingItem: { name: 'hidden', visibility: 'public', private: false } },
    ],
    expect: { status: 'incomplete' },
  },
  {
    id: 'w10-card-licence-object',
    way: 10,
    what: 'cardData.license as an object; tags say apache-2.0',
    hub: [
      {
        name: 'm',
        card: { license: { id: 'cc-by-nc-4.0' } },
        tags: ['license:apache-2.0'],
        files: WEIGHTS,
      },
    ],
    expect: { verdict: 'unknown', codes: ['MALFORMED_METADATA'] },
  },
  {
    id: 'w10-card-licence-list-number',
    way: 10,
    what: 'cardData.license as [apache-2.0, 7]',
    hub: [{ name: 'm', card: { license: ['apache-2.0', 7] }, tags: ['license:apache-2.0'], files: WEIGHTS }],
    expect: { verdict: 'unknown', codes: ['MALFORMED_METADATA'] },
  },
  {
    id: 'w10-license-name-number',
    way: 10,
    what: 'license: other with license_name as a number, and an Apache LICENSE',
    hub: [
      { name: 'm', card: { license: 'other', license_name: 42 }, files: { LICENSE: APACHE, ...WEIGHTS } },
    ],
    expect: { verdict: 'unknown', codes: ['MALFORMED_METADATA'] },
  },
];

/** Honest releases: each must stay `compliant`. */
export const CONTROLS: RedTeamCase[] = [
  {
    id: 'c-apache-filled-copyright',
    way: 'control',
    what: 'the exact Apache-2.0 text with its copyright line filled in',
    hub: [{ name: 'm', card: { license: 'apache-2.0' }, files: { LICENSE: APACHE_FILLED, ...WEIGHTS } }],
    expect: { verdict: 'compliant', expression: 'Apache-2.0' },
  },
  {
    id: 'c-mit-other-holder',
    way: 'control',
    what: 'MIT with another holder',
    hub: [{ name: 'm', card: { license: 'mit' }, files: { LICENSE: MIT, ...WEIGHTS } }],
    expect: { verdict: 'compliant', expression: 'MIT' },
  },
  {
    id: 'c-readme-commercial-ok',
    way: 'control',
    what: 'a README saying "licensed under Apache-2.0, commercial use permitted"',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: {
          'README.md': readme(
            '## License\n\nThis model is licensed under Apache-2.0, commercial use permitted.',
          ),
          ...WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'compliant', expression: 'Apache-2.0' },
  },
  {
    id: 'c-other-with-apache',
    way: 'control',
    what: '`license: other` with an Apache LICENSE',
    hub: [{ name: 'm', card: { license: 'other' }, files: { LICENSE: APACHE, ...WEIGHTS } }],
    expect: { verdict: 'compliant', expression: 'Apache-2.0' },
  },
  {
    id: 'c-other-named-with-mit',
    way: 'control',
    what: '`license: other` with a license_name and an MIT LICENSE: the text is the licence',
    hub: [
      {
        name: 'm',
        card: { license: 'other', license_name: 'hanbit-open' },
        files: { LICENSE: MIT, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'compliant', expression: 'MIT' },
  },
  {
    id: 'c-dual-apache-and-mit',
    way: 'control',
    what: 'Apache-2.0 code licence plus MIT in LICENSE-MIT',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0' },
        files: { LICENSE: APACHE, 'LICENSE-MIT': MIT, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'compliant', expression: 'Apache-2.0 AND MIT' },
  },
  {
    id: 'c-licence-and-model-licence',
    way: 'control',
    what: 'LICENSE MIT plus LICENSE_MODEL CC-BY-4.0, both on the card',
    hub: [
      {
        name: 'm',
        card: { license: ['mit', 'cc-by-4.0'] },
        files: { LICENSE: MIT, LICENSE_MODEL: CC_BY, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'compliant', expression: 'MIT AND CC-BY-4.0' },
  },
  {
    id: 'c-card-only',
    way: 'control',
    what: 'card-only metadata, no licence text at all',
    hub: [{ name: 'm', card: { license: 'apache-2.0' }, files: WEIGHTS }],
    expect: { verdict: 'compliant', expression: 'Apache-2.0' },
  },
  {
    id: 'c-card-list-only',
    way: 'control',
    what: 'a card list [apache-2.0, cc-by-4.0], no licence text',
    hub: [{ name: 'm', card: { license: ['apache-2.0', 'cc-by-4.0'] }, files: WEIGHTS }],
    expect: { verdict: 'compliant', expression: 'Apache-2.0 AND CC-BY-4.0' },
  },
  {
    id: 'c-plain-readme',
    way: 'control',
    what: 'a README that never mentions a licence beside card and LICENSE MIT',
    hub: [
      {
        name: 'm',
        card: { license: 'mit' },
        files: { LICENSE: MIT, 'README.md': readme('## Usage\n\nLoad it with transformers.'), ...WEIGHTS },
      },
    ],
    expect: { verdict: 'compliant', expression: 'MIT' },
  },
  {
    id: 'c-license-link',
    way: 'control',
    what: 'license_link naming LICENSE.txt, which holds the Apache text',
    hub: [
      {
        name: 'm',
        card: { license: 'apache-2.0', license_link: 'LICENSE.txt' },
        files: { 'LICENSE.txt': APACHE, ...WEIGHTS },
      },
    ],
    expect: { verdict: 'compliant', expression: 'Apache-2.0' },
  },
  {
    id: 'c-original-folder',
    way: 'control',
    what: 'MIT at the top and again beside original/ weights',
    hub: [
      {
        name: 'm',
        card: { license: 'mit' },
        files: { LICENSE: MIT, 'original/LICENSE': MIT, 'original/consolidated.00.pth': '', ...WEIGHTS },
      },
    ],
    expect: { verdict: 'compliant', expression: 'MIT' },
  },
  {
    id: 'c-github-apache',
    way: 'control',
    what: 'a GitHub weights repository under Apache-2.0',
    github: [
      {
        name: 'weights',
        files: { 'README.md': '# weights\n', LICENSE: APACHE, ...LFS_WEIGHTS },
        licence: { path: 'LICENSE', spdxId: 'Apache-2.0' },
      },
    ],
    expect: { verdict: 'compliant', expression: 'Apache-2.0' },
  },
  {
    id: 'c-github-reuse',
    way: 'control',
    what: 'a GitHub weights repository with REUSE LICENSES/ (Apache-2.0 code, CC-BY-4.0 weights)',
    github: [
      {
        name: 'weights',
        files: {
          'README.md': '# weights\n',
          'LICENSES/Apache-2.0.txt': APACHE,
          'LICENSES/CC-BY-4.0.txt': CC_BY,
          ...LFS_WEIGHTS,
        },
      },
    ],
    expect: { verdict: 'compliant', expression: 'CC-BY-4.0 AND Apache-2.0' },
  },
  {
    id: 'c-git-mit',
    way: 'control',
    what: 'a git repository with LICENSE MIT and LFS weights, front matter mit',
    git: { files: { LICENSE: MIT, 'README.md': '---\nlicense: mit\n---\n# m\n', ...LFS_WEIGHTS } },
    expect: { verdict: 'compliant', expression: 'MIT' },
  },
];

/** One team made only of traps (and one honest model): it must not pass. */
export const TRAP_TEAM: RedTeamCase = {
  id: 'trap-team',
  way: 'control',
  what: 'a team of traps around one honest model',
  hub: [
    { name: 'honest', card: { license: 'apache-2.0' }, files: { LICENSE: APACHE, ...WEIGHTS } },
    { name: 'bespoke', card: { license: 'apache-2.0' }, files: { LICENSE: BESPOKE, ...WEIGHTS } },
    { name: 'gated', gated: 'auto', card: { license: 'mit' }, files: { LICENSE: MIT, ...WEIGHTS } },
    { name: 'other-part', card: { license: ['mit', 'other'], license_name: 'trap-nc' }, files: WEIGHTS },
    { name: 'odd-files', card: { license: 'mit' }, siblings: [{ name: 'model.safetensors' }] },
    { name: 'flagship', card: { license: 'cc-by-nc-4.0' }, files: WEIGHTS },
    { name: 'obj-card', card: { license: { id: 'mit' } }, tags: ['license:mit'], files: WEIGHTS },
  ],
  team: { models: ['{org}/flagship'], exclude: ['{org}/flag*'] },
  expect: { status: 'incomplete' },
};

/** One team of honest models: it must pass. */
export const HONEST_TEAM: RedTeamCase = {
  id: 'honest-team',
  way: 'control',
  what: 'a team of honest models',
  hub: CONTROLS.flatMap((c) => c.hub ?? []).map((m, i) => ({ ...m, name: `model-${i + 1}` })),
  expect: { status: 'pass' },
};
