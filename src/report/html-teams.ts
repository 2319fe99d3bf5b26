import type { Report, TeamResult } from '../types.js';
import { escapeHtml as h } from './html-escape.js';
import { type Lang, statusLabel, t, teamReason } from './i18n/index.js';
import { percent } from './symbols.js';

/** One team's card: status as symbol and word, the share bar with its threshold line, the counts. */
export function teamCard(team: TeamResult, lang: Lang): string {
  const share = percent(team.share);
  const threshold = percent(team.threshold);
  const label = t(lang, 'report.shareOf', { share, threshold });
  const failures = team.failures
    .map((f) => `<p class="failure">${h(t(lang, 'report.listingFailed', { message: f.message }))}</p>`)
    .join('');
  // role=meter exposes the share to assistive technology; the width carries it visually.
  return `<li class="team" id="team-${h(team.id)}" data-team="${h(team.id)}">
<h3><span>${h(team.name)} <span class="id">${h(team.id)}</span></span><span class="badge s-${h(team.status)}">${h(statusLabel(lang, team.status))}</span></h3>
<div class="bar" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${(team.share * 100).toFixed(1)}" aria-valuetext="${h(label)}" aria-label="${h(`${team.name}: ${label}`)}">
<div class="fill" style="width:${(team.share * 100).toFixed(1)}%"></div>
<div class="threshold" style="left:${(team.threshold * 100).toFixed(1)}%" title="${h(threshold)}"></div>
</div>
<p class="share">${h(label)}</p>
<ul class="counts">
<li>${h(t(lang, 'col.counted'))} <b>${team.counted}</b></li>
<li>${h(t(lang, 'col.compliant'))} <b>${team.compliant}</b></li>
<li>${h(t(lang, 'col.unknown'))} <b>${team.unknown}</b></li>
<li>${h(t(lang, 'verdict.excluded'))} <b>${team.excluded}</b></li>
</ul>
<p class="reason">${h(teamReason(lang, team))}</p>${failures}
</li>`;
}

/** The teams section: one card per team. */
export function teamsSection(report: Report, lang: Lang): string {
  return `<section aria-labelledby="teams-h">
<h2 id="teams-h">${h(t(lang, 'report.teams'))}</h2>
<p class="sr">${h(t(lang, 'report.teamsCaption'))}</p>
<ul class="teams">
${report.teams.map((team) => teamCard(team, lang)).join('\n')}
</ul>
</section>`;
}
