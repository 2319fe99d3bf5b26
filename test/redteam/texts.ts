/**
 * Licence texts the red-team worlds are made of: SPDX reference texts (spdx-license-list, as the
 * engine's corpus uses them) with their template fields filled in, the project's Llama 3.1 text
 * (rules/licences/texts, from ScanCode's LicenseDB, CC-BY-4.0), and a few bespoke texts written here.
 */
import { readFileSync } from 'node:fs';
import spdx from 'spdx-license-list/full.js';

const text = (id: string) => spdx[id]!.licenseText;

/** MIT with a holder of its own. */
export const MIT = text('MIT').replace('<year> <copyright holders>', '2024 Seoul AI Institute');
/** The Apache-2.0 text, appendix template untouched. */
export const APACHE = text('Apache-2.0');
/** The Apache-2.0 text with the appendix's copyright line filled in, as a team would. */
export const APACHE_FILLED = APACHE.replace(
  'Copyright [yyyy] [name of copyright owner]',
  'Copyright 2025 Example Labs Inc.',
);
export const BSD3 = text('BSD-3-Clause').replace('<year> <owner>', '2025 Hanbit Research');
export const CC_BY = text('CC-BY-4.0');
export const CC_BY_NC = text('CC-BY-NC-4.0');
export const GPL3 = text('GPL-3.0-only');

const LLAMA31 = readFileSync('rules/licences/texts/llama3.1.txt', 'utf8');

/** Llama 3.1's licence with its model and licensor names changed: a template clone under another name. */
export const LLAMA_RENAMED = LLAMA31.replaceAll('Llama 3.1', 'Haneul')
  .replaceAll('Meta Platforms, Inc.', 'Daehan AI Co., Ltd.')
  .replaceAll('Meta', 'Daehan AI')
  .replaceAll('Llama', 'Haneul');

/** The same clone with a version number of its own: a different version of a licence is not that licence. */
export const LLAMA_RENAMED_VERSIONED = LLAMA31.replaceAll('Llama 3.1', 'Orca 2.5')
  .replaceAll('Meta Platforms, Inc.', 'Example Labs Co., Ltd.')
  .replaceAll('Meta', 'Example Labs')
  .replaceAll('Llama', 'Orca');

/** A bespoke licence no corpus holds: it must stay unidentified, never fall back to the card. */
export const BESPOKE =
  'The Hanbit Weights Licence\n\nYou may run these weights for non-profit study. Every other use, ' +
  'including offering them as a service, needs a written agreement with Hanbit Research.\n';

/** Weight files hold no text the servers need. */
export const WEIGHTS = { 'model.safetensors': '' };

/** A Git LFS pointer, as a weights file is stored in git. */
export const LFS_WEIGHTS = {
  'model.safetensors': `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 14000000000\n`,
};
