import { createHash } from 'node:crypto';
import { ConfigError, type ConfigProblem } from '../errors.js';
import type { Report } from '../types.js';
import { VERSION } from '../version.js';
import { renderHtml } from './html.js';
import { page } from './html-page.js';
import { t } from './i18n/index.js';
import { chooserBody, indexBody, teamsOf } from './site-index.js';
import { type Round, SITE_LANGS, type SitePath, siteNav } from './site-nav.js';
import { teamBody } from './site-team.js';

/** One report given to `openquota site`: the name it was given by, its text, and the report parsed. */
export interface SiteInput {
  file: string;
  text: string;
  report: Report;
}

/** One file of the site: its path under the site's directory and its content. */
export interface SiteFile {
  path: string;
  content: string;
}

/** The file that marks a directory as an openquota site, so a later build may replace it. */
export const SITE_MARKER = 'openquota-site.json';

// Team ids become file names (`teams/ID.html`): the programme file's own rule, checked again
// because a report is only a JSON file someone gives us.
const TEAM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Every reason these reports cannot make one site, at once: other programmes, unsafe team ids, twins. */
function problems(inputs: SiteInput[]): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const title = inputs[0]!.report.programme.title;
  for (const input of inputs) {
    if (input.report.programme.title !== title)
      out.push({
        file: input.file,
        path: 'programme.title',
        message: `is "${input.report.programme.title}", but ${inputs[0]!.file} is "${title}": a site shows the rounds of one programme`,
        fix: 'build one site per programme (a separate --out for each)',
      });
    input.report.teams.forEach((team, i) => {
      if (!TEAM_ID.test(team.id))
        out.push({
          file: input.file,
          path: `teams[${i}].id`,
          message: `"${team.id}" is not a team id ([a-z0-9-]+), so it cannot name a page`,
          fix: 'give reports written by openquota from a valid programme file',
        });
    });
  }
  const times = new Map<string, string>();
  for (const input of inputs) {
    const other = times.get(input.report.generatedAt);
    if (other)
      out.push({
        file: input.file,
        path: 'generatedAt',
        message: `was generated at the same time as ${other} (${input.report.generatedAt}): two rounds cannot share one moment`,
        fix: 'give each round once; combine the reports of one round first with `openquota merge`',
      });
    times.set(input.report.generatedAt, input.file);
  }
  return out;
}

/** The rounds, oldest first, each with an id from its date (`2025-09-30`, then `2025-09-30-2`). */
function roundsOf(inputs: SiteInput[]): Round[] {
  const sorted = [...inputs].sort((a, b) => a.report.generatedAt.localeCompare(b.report.generatedAt));
  const used = new Set<string>();
  return sorted.map((input, i) => {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(input.report.generatedAt)?.[0] ?? `round-${i + 1}`;
    let id = date;
    for (let n = 2; used.has(id); n++) id = `${date}-${n}`;
    used.add(id);
    return {
      id,
      report: input.report,
      file: input.file.split(/[\\/]/).pop()!,
      sha256: createHash('sha256').update(input.text).digest('hex'),
    };
  });
}

/**
 * The public site of successive evaluation rounds, as files: in each language an index (shares
 * per round, rounds, teams), the dashboard of each round and a page per team with its history;
 * a root page to choose the language; the marker. Pure; throws ConfigError when the reports
 * cannot make one site.
 */
export function buildSite(inputs: SiteInput[]): SiteFile[] {
  if (inputs.length === 0) throw new ConfigError('give at least one JSON report');
  const found = problems(inputs);
  if (found.length) throw new ConfigError(found);
  const rounds = roundsOf(inputs);
  const teams = teamsOf(rounds);
  const files: SiteFile[] = [];
  for (const lang of SITE_LANGS) {
    const add = (path: SitePath, title: string, body: string) =>
      files.push({
        path: `${lang}/${path}`,
        content: page({ lang, title, body: siteNav(lang, path, rounds) + body, script: false }),
      });
    add(
      'index.html',
      `${t(lang, 'site.title')} — ${rounds[0]!.report.programme.title}`,
      indexBody(rounds, lang),
    );
    for (const round of rounds) {
      const path: SitePath = `rounds/${round.id}.html`;
      files.push({
        path: `${lang}/${path}`,
        content: renderHtml(round.report, { lang, nav: siteNav(lang, path, rounds) }),
      });
    }
    for (const team of teams)
      add(
        `teams/${team.id}.html`,
        t(lang, 'site.teamHistory', { team: team.name }),
        teamBody(team, rounds, lang),
      );
  }
  files.push({
    path: 'index.html',
    content: page({
      lang: 'ko',
      title: rounds[0]!.report.programme.title,
      body: chooserBody(rounds),
      script: false,
    }),
  });
  files.push({
    path: SITE_MARKER,
    content: `${JSON.stringify(
      {
        schema: 'openquota/site@1',
        tool: { name: 'openquota', version: VERSION },
        programme: rounds[0]!.report.programme.title,
        languages: SITE_LANGS,
        rounds: rounds.map((r) => ({
          id: r.id,
          generatedAt: r.report.generatedAt,
          file: r.file,
          sha256: r.sha256,
        })),
        teams: teams.map((team) => team.id),
      },
      null,
      2,
    )}\n`,
  });
  return files;
}
