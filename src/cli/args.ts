import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigError } from '../errors.js';

type Specs = NonNullable<ParseArgsConfig['options']>;
type WithHelp<T extends Specs> = T & { help: { type: 'boolean'; short: 'h' } };

/**
 * Parses argv strictly; an unknown flag is a usage error naming it and pointing at --help.
 * Superseded by flags.ts (one declaration for parsing, --help and did-you-mean, every problem at
 * once); kept only so that a command written against it on another branch (`site`) still builds
 * until it is declared with a CommandSpec too.
 */
export function parseCommandArgs<T extends Specs>(command: string, argv: string[], options: T) {
  const config = {
    args: argv,
    options: { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<T>,
    allowPositionals: true as const,
    strict: true as const,
  };
  try {
    return parseArgs(config);
  } catch (error) {
    throw new ConfigError([
      {
        file: `openquota ${command}`,
        path: '',
        message: (error as Error).message.replace(/\. To specify.*$/s, ''),
        fix: `see \`openquota ${command} --help\``,
      },
    ]);
  }
}
