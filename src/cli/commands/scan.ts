import { dirname, resolve } from 'node:path';
import { saveScanEvidence } from '../../bundle.js';
import { loadProgramme } from '../../config/load.js';
import { defaultEngine } from '../../detect/engine.js';
import { ConfigError } from '../../errors.js';
import { scanOptionsSchema } from '../../options.js';
import { checkOutputs } from '../../output-paths.js';
import { loadPolicy } from '../../policy/load.js';
import { scan } from '../../scan.js';
import { createSources, credentialNotices } from '../../sources/create.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { checkFormat, checkLang, emitReport, exitCodeFor, printWarnings } from '../output.js';
import { progressReporter } from '../progress.js';

const HELP = `Usage: openquota scan [options]

Discovers every team's releases on the Hugging Face Hub (and the other registries the programme
file names), inspects them, judges them against the policy and counts per team.

Options:
  -c, --config FILE        programme file (default: openquota.yml)
  -p, --policy NAME|FILE   policy preset or file; overrides the programme's
  -t, --team ID            scan only this team (repeatable)
  -f, --format FORMAT      output on stdout: table (default on a terminal), json, markdown, html,
                           cyclonedx or sarif
  -l, --lang en|ko         language of table, Markdown and HTML (default: from LC_ALL / LANG)
  -o, --output FILE        also write the JSON report to FILE (atomically; never over an input)
      --save-evidence DIR  write every evidence record, for \`openquota evaluate DIR\`: DIR is new,
                           empty, or a bundle written before (never a folder of other files)
  -v, --verbose            list every model in the table
      --concurrency N      releases inspected at once (default 8)
      --timeout SECONDS    per HTTP request (default 30)
      --deadline DURATION  time limit of the whole scan, e.g. 90s, 10m, 1h (default: 10m plus 5m
                           per thousand releases); past it, releases not read are unknown
      --cache-dir DIR      ETag cache (default: $XDG_CACHE_HOME/openquota or ~/.cache/openquota)
      --cache-max-mb N     cap of the cache in MiB, least recently used evicted (default 200)
      --no-cache           no conditional requests, no cache on disk
  -h, --help               show this help

Environment: HF_ENDPOINT, HF_TOKEN, GITHUB_API_URL, GITHUB_TOKEN (see README "Environment").
Exit codes: 0 every team passes, 1 a team fails, 2 usage or configuration error,
            3 no team fails but some are incomplete, or the run could not finish.
`;

/** `openquota scan`: the main job. */
export const scanCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('scan', argv, {
    config: { type: 'string', short: 'c' },
    policy: { type: 'string', short: 'p' },
    team: { type: 'string', short: 't', multiple: true },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    output: { type: 'string', short: 'o' },
    'save-evidence': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'cache-dir': { type: 'string' },
    'cache-max-mb': { type: 'string' },
    'no-cache': { type: 'boolean' },
    deadline: { type: 'string' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new ConfigError([
      {
        file: 'openquota scan',
        path: '',
        message: `unexpected argument "${positionals[0]}"`,
        fix: 'the programme file goes after --config',
      },
    ]);
  }
  const lang = checkLang(values.lang as string | undefined, io);
  const parsed = scanOptionsSchema.safeParse({
    config: values.config,
    policy: values.policy,
    team: values.team,
    format: checkFormat(values.format as string | undefined),
    output: values.output,
    saveEvidence: values['save-evidence'],
    verbose: values.verbose ?? false,
    concurrency: values.concurrency,
    timeout: values.timeout,
    cacheDir: values['cache-dir'],
    cacheMaxMb: values['cache-max-mb'],
    noCache: values['no-cache'] ?? false,
    deadline: values.deadline,
  });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        file: 'openquota scan',
        path: `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        message: i.message,
      })),
    );
  }
  const options = parsed.data;
  const configFile = resolve(io.cwd, options.config);
  const programme = await loadProgramme(configFile);
  const policy = await loadPolicy(
    options.policy ?? programme.programme.policy,
    options.policy ? io.cwd : dirname(configFile),
  );
  printWarnings('scan', policy.warnings, io);
  // Before any network: the report and the bundle must not overwrite what this run reads.
  await checkOutputs({
    cwd: io.cwd,
    inputs: [
      { path: configFile, what: 'the programme file' },
      ...policy.chain.map((file) => ({ path: file, what: 'the policy file' })),
    ],
    ...(options.output ? { output: { path: options.output, flag: '--output' } } : {}),
    ...(options.saveEvidence ? { evidence: { path: options.saveEvidence, flag: '--save-evidence' } } : {}),
  });
  const selected = programme.programme.teams.filter(
    (t) => options.team.length === 0 || options.team.includes(t.id),
  );
  for (const notice of credentialNotices(io.env, selected)) io.stderr(`note: ${notice}\n`);
  const { sources, budget, redact } = createSources(io.env, {
    timeoutMs: options.timeout * 1000,
    concurrency: options.concurrency,
    ...(options.cacheDir ? { cacheDir: resolve(io.cwd, options.cacheDir) } : {}),
    noCache: options.noCache,
    cacheMaxMb: options.cacheMaxMb,
  });
  const result = await scan({
    programme: { ...programme, file: options.config },
    policy,
    sources,
    engine: defaultEngine(),
    teams: options.team,
    concurrency: options.concurrency,
    onProgress: progressReporter(io),
    budget,
    ...(options.deadline !== undefined ? { deadlineMs: options.deadline } : {}),
  });
  if (options.saveEvidence) {
    await saveScanEvidence(
      resolve(io.cwd, options.saveEvidence),
      result,
      // The copy kept for audit holds no credential (a git URL's password); the hash is the file's own.
      { path: options.config, text: redact(programme.text), sha256: programme.sha256 },
      policy,
    );
  }
  await emitReport(result.report, { ...options, lang, programmeText: programme.text }, io);
  return exitCodeFor(result.report.status);
};
