import type { Finding, ModelResult, Report } from '../types.js';
import { type Lang, plural, t } from './i18n/index.js';

/** One registry that could not be asked, as a reviewer needs it: which team, what, which host, why. */
export interface RegistryFailure {
  team: string;
  /** `listing`: a programme entry could not be listed; `inspect`: releases could not be inspected. */
  kind: 'listing' | 'inspect';
  /** The programme entry (`huggingface: K-intelligence`), for a listing. */
  origin?: string;
  /** `huggingface.co`, `127.0.0.1:8080`; `unknown host` when no URL was recorded. */
  host: string;
  /** `NETWORK_ERROR`, `RATE_LIMITED`, `TIMEOUT`, `HTTP_ERROR`, … */
  code: string;
  /** The cause as the source put it (`request failed: ECONNREFUSED`). */
  message: string;
  requestId?: string;
  /** Releases this failure left unknown (1 for a listing). */
  count: number;
}

/** The host (with its port) of a URL, or undefined when it is not one. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host a release's `SOURCE_FAILED` finding failed on: the URL it records (`args.url`, redacted
 * by the source: `api.github.com` for a GitHub API failure), else the release's page (`HF_ENDPOINT`
 * for the Hub) for reports written before findings recorded it.
 */
export function failedHost(finding: Finding, model: Pick<ModelResult, 'url'>): string | undefined {
  return hostOf(typeof finding.args?.url === 'string' ? finding.args.url : model.url);
}

/**
 * Every registry that could not be asked: each listing failure of a team, and per team the
 * releases left unknown because their registry failed (`SOURCE_FAILED`), grouped by host and
 * cause so that 1,600 unreachable releases are one line, not 1,600.
 */
export function registryFailures(report: Pick<Report, 'teams'>): RegistryFailure[] {
  const out: RegistryFailure[] = [];
  for (const team of report.teams) {
    for (const f of team.failures) {
      out.push({
        team: team.name,
        kind: 'listing',
        ...(f.origin ? { origin: f.origin } : {}),
        host: hostOf(f.url) ?? 'unknown host',
        code: f.code,
        message: f.message,
        ...(f.requestId ? { requestId: f.requestId } : {}),
        count: 1,
      });
    }
    const groups = new Map<string, RegistryFailure>();
    for (const model of team.models) {
      for (const r of model.reasons) {
        if (r.code !== 'SOURCE_FAILED') continue;
        const host = failedHost(r, model) ?? 'unknown host';
        const code = typeof r.args?.code === 'string' ? r.args.code : 'SOURCE_FAILED';
        const key = JSON.stringify([host, code, r.message]);
        const group = groups.get(key);
        if (group) group.count += 1;
        else groups.set(key, { team: team.name, kind: 'inspect', host, code, message: r.message, count: 1 });
      }
    }
    out.push(...groups.values());
  }
  return out;
}

/** One failure in words, without its team: `huggingface: K-intelligence could not be listed — huggingface.co: … (RATE_LIMITED)`. */
export function failureLine(lang: Lang, f: RegistryFailure): string {
  const cause = [f.code, ...(f.requestId ? [t(lang, 'failure.requestId', { id: f.requestId })] : [])].join(
    '; ',
  );
  const args = { host: f.host, message: f.message, cause };
  return f.kind === 'listing'
    ? t(lang, 'failure.listing', { ...args, origin: f.origin ?? t(lang, 'failure.someRegistry') })
    : plural(lang, 'failure.inspect', f.count, args);
}
