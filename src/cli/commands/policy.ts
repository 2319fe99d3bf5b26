import { stringify } from 'yaml';
import { ConfigError } from '../../errors.js';
import { approvedSpdxIds } from '../../policy/licences.js';
import { loadPolicy, presetNames } from '../../policy/load.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { printWarnings } from '../output.js';

const HELP = `Usage: openquota policy show [NAME|FILE] [--json]
       openquota policy list

show   prints a policy with every default filled in and the SPDX ids it approves
       (computed from SPDX data); a file with \`extends:\` is shown merged with what it
       extends. Default: msit-sovereign-ai-2025.
list   prints the presets shipped in rules/.
`;

/** `openquota policy show|list`. */
export const policyCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('policy', argv, { json: { type: 'boolean' } });
  const [action, ref, ...rest] = positionals;
  if (values.help || !action) {
    io.stdout(HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (action === 'list') {
    io.stdout(`${presetNames().join('\n')}\n`);
    return EXIT.ok;
  }
  if (action !== 'show' || rest.length > 0) {
    throw new ConfigError([
      {
        file: 'openquota policy',
        path: action,
        message: `unknown policy action "${action}"`,
        fix: 'use `openquota policy show [NAME|FILE]` or `openquota policy list`',
      },
    ]);
  }
  const loaded = await loadPolicy(ref ?? 'msit-sovereign-ai-2025', io.cwd);
  printWarnings('policy', loaded.warnings, io);
  const resolved = {
    ...loaded.policy,
    source: loaded.file,
    ...(loaded.chain.length > 1 ? { extends: loaded.chain.slice(1) } : {}),
    sha256: loaded.sha256,
    approvedSpdxIds: approvedSpdxIds(loaded.policy),
  };
  io.stdout(values.json ? `${JSON.stringify(resolved, null, 2)}\n` : stringify(resolved, { lineWidth: 0 }));
  return EXIT.ok;
};
