import { dirname, resolve } from 'node:path';
import { saveScanEvidence } from '../../bundle.js';
import { loadProgramme } from '../../config/load.js';
import { defaultEngine } from '../../detect/engine.js';
import { FORMATS, scanOptionsSchema } from '../../options.js';
import { checkOutputs } from '../../output-paths.js';
import { loadPolicy } from '../../policy/load.js';
import { scan, selectTeams } from '../../scan.js';
import { createSources, credentialNotices } from '../../sources/create.js';
import { DEFAULT_POOLS, formatPools, MAX_POOL, releasesInFlight } from '../../sources/pools.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, type FlagSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { optionValues } from '../option-values.js';
import {
  emitReport,
  exitCodeFor,
  langOf,
  noteWriter,
  plannedOutputs,
  planOutput,
  printWarnings,
} from '../output.js';
import { Problems } from '../problems.js';
import { progressReporter } from '../progress.js';
import { formatStats } from '../stats.js';

// Each scan option is one line here (parsing, --help and validation by src/options.ts follow from it).
const FLAGS: FlagSpec[] = [
  {
    name: 'config',
    short: 'c',
    value: 'FILE',
    help: 'programme file (default: openquota.yml)',
    option: 'config',
  },
  {
    name: 'policy',
    short: 'p',
    value: 'NAME|FILE',
    help: "policy preset or file; overrides the programme's",
    option: 'policy',
  },
  { ...FLAG.team, help: 'scan only this team (or a list: a,b)', option: 'team' },
  formatFlag(FORMATS),
  FLAG.lang,
  FLAG.output,
  FLAG.json,
  {
    name: 'save-evidence',
    value: 'DIR',
    help: 'write every evidence record, for `openquota evaluate DIR`: DIR is new, empty, or a bundle written before (never a folder of other files)',
    option: 'saveEvidence',
  },
  FLAG.verbose,
  FLAG.quiet,
  {
    name: 'concurrency',
    value: 'N|POOLS',
    help: `requests in flight at once per host: N for every pool, or ${formatPools(DEFAULT_POOLS)} (the default), each from 1 to ${MAX_POOL}`,
    option: 'concurrency',
    example: `e.g. --concurrency 16, or --concurrency hub-files=48`,
  },
  FLAG.timeout,
  {
    name: 'deadline',
    value: 'DURATION',
    help: 'time limit of the whole scan, e.g. 90s, 10m, 1h (default: 10m plus 5m per thousand releases); past it, releases not read are unknown',
    option: 'deadline',
  },
  {
    name: 'cache-dir',
    value: 'DIR',
    help: 'ETag cache (default: $XDG_CACHE_HOME/openquota or ~/.cache/openquota)',
    option: 'cacheDir',
  },
  FLAG.cacheMaxMb,
  FLAG.noCache,
  {
    name: 'stats',
    help: 'print the requests made at the end, on stderr: by host (Hub API, Hub files, GitHub) made, served from the cache, answered 304, retried, per release',
  },
];

const SPEC: CommandSpec = {
  name: 'scan',
  usage: ['scan [options]'],
  about: [
    "Discovers every team's releases on the Hugging Face Hub (and the other registries the programme file names), inspects them, judges them against the policy and counts per team.",
  ],
  flags: FLAGS,
  footer: `Examples:
  openquota scan --config openquota.yml                       table on a terminal
  openquota scan --json report.json --save-evidence evidence  keep the report and the evidence
  openquota scan -o dashboard.html --json report.json         a dashboard and the JSON beside it

Environment: HF_ENDPOINT, HF_TOKEN, GITHUB_API_URL, GITHUB_TOKEN (see README "Environment").
Exit codes: 0 every team passes, 1 a team fails, 2 usage or configuration error,
            3 no team fails but some are incomplete, or the run could not finish.`,
};

/** `openquota scan`: the main job. */
export const scanCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  for (const extra of args.positionals)
    problems.flag(extra, `unexpected argument "${extra}"`, 'the programme file goes after --config');
  // Every flag first, then what the programme, the policy and the output paths add: one list.
  const plan = planOutput(args, FORMATS, io, problems, 'table');
  const lang = langOf(args, io, problems);
  const options = optionValues(scanOptionsSchema, args, FLAGS, problems);
  const config = options?.config ?? args.string('config') ?? 'openquota.yml';
  const configFile = resolve(io.cwd, config);
  const policyRef = options?.policy ?? args.string('policy');
  const saveEvidence = options?.saveEvidence ?? args.string('save-evidence');
  const programme = await problems.gather(() => loadProgramme(configFile));
  const policyName = policyRef ?? programme?.programme.policy;
  const policy = policyName
    ? await problems.gather(() => loadPolicy(policyName, policyRef ? io.cwd : dirname(configFile)))
    : undefined;
  // Unknown --team ids too, even when another flag was wrong (the schema splits `a,b` as always).
  const teams = options?.team ?? scanOptionsSchema.shape.team.safeParse(args.strings('team')).data ?? [];
  if (programme) await problems.gather(() => selectTeams(programme.programme.teams, teams, config));
  // Before any network: the outputs and the bundle must not overwrite what this run reads.
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: [
        { path: configFile, what: 'the programme file' },
        ...(policy?.chain ?? []).map((file) => ({ path: file, what: 'the policy file' })),
      ],
      ...plannedOutputs(plan),
      ...(saveEvidence ? { evidence: { path: saveEvidence, flag: '--save-evidence' } } : {}),
    }),
  );
  problems.throwIfAny();
  const { team, concurrency, timeout, cacheDir, noCache, cacheMaxMb } = options as Required<
    NonNullable<typeof options>
  >;
  const deadline = options?.deadline;
  printWarnings('scan', policy!.warnings, io);
  const quiet = args.flag('quiet');
  const note = noteWriter(io, quiet);
  const selected = programme!.programme.teams.filter((t) => team.length === 0 || team.includes(t.id));
  for (const notice of credentialNotices(io.env, selected)) note(notice);
  const { sources, budget, redact, figures } = createSources(io.env, {
    timeoutMs: timeout * 1000,
    pools: concurrency,
    ...(cacheDir ? { cacheDir: resolve(io.cwd, cacheDir) } : {}),
    noCache,
    cacheMaxMb,
  });
  const result = await scan({
    programme: { ...programme!, file: config },
    policy: policy!,
    sources,
    engine: defaultEngine(),
    teams: team,
    concurrency: releasesInFlight(concurrency),
    onProgress: progressReporter(io, quiet),
    budget,
    ...(deadline !== undefined ? { deadlineMs: deadline } : {}),
  });
  if (saveEvidence) {
    await saveScanEvidence(
      resolve(io.cwd, saveEvidence),
      result,
      // The copy kept for audit holds no credential (a git URL's password); the hash is the file's own.
      { path: config, text: redact(programme!.text), sha256: programme!.sha256 },
      policy!,
    );
  }
  await emitReport(
    result.report,
    plan,
    { verbose: args.flag('verbose'), lang, programmeText: programme!.text },
    io,
  );
  if (args.flag('stats')) io.stderr(formatStats(figures(), result.evidence.length));
  return exitCodeFor(result.report.status);
};
