import type { ModelResult } from '../types.js';
import { formatConfidence, formatParameters } from './format.js';
import { escapeHtml as h, releaseUrl, revisionUrl, safeHttpsUrl } from './html-escape.js';
import { codeLicence, findingHelp, findingTitle, type Lang, t } from './i18n/index.js';

const SEVERITY_SYMBOL = { error: '✘', warning: '!', info: 'i' } as const;

function licenceCell(value: string | null, lang: Lang): string {
  return value ? `<code>${h(value)}</code>` : h(t(lang, 'evidence.notEstablished'));
}

function detections(model: ModelResult, lang: Lang): string {
  if (model.licence.detections.length === 0) return h(t(lang, 'evidence.none'));
  const items = model.licence.detections.map((d) => {
    const what = d.licence
      ? `<code>${h(d.licence)}</code> · ${h(d.matcher)}, ${h(t(lang, 'evidence.confidence', { confidence: formatConfidence(d.confidence) }))}`
      : `${h(t(lang, 'evidence.notEstablished'))} · ${h(d.matcher)}${d.closest ? `, ${h(t(lang, 'evidence.closest', { licence: d.closest.licence, confidence: formatConfidence(d.closest.confidence) }))}` : ''}`;
    return `<li>${d.file ? `<code>${h(d.file)}</code>: ` : ''}${what}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function revision(model: ModelResult, lang: Lang): string {
  if (!model.revision) return h(t(lang, 'evidence.notEstablished'));
  const url = revisionUrl(model.source, model.id, model.revision);
  const text = `<code>${h(model.revision)}</code>`;
  return url ? `<a href="${h(url)}" rel="noreferrer">${text}</a>` : text;
}

function findings(model: ModelResult, lang: Lang): string {
  if (model.reasons.length === 0) return h(t(lang, 'evidence.none'));
  const items = model.reasons.map(
    (f) =>
      `<li><span class="sev sev-${h(f.severity)}">${SEVERITY_SYMBOL[f.severity]} ${h(t(lang, `severity.${f.severity}`))}</span> <strong>${h(findingTitle(lang, f))}</strong> <code>${h(f.code)}</code>: ${h(f.message)}<span class="help">${h(findingHelp(lang, f))}</span></li>`,
  );
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** The code repositories linked with a model, each linked to its page, with its licence. */
function linkedCode(model: ModelResult, lang: Lang): string {
  const items = (model.code ?? []).map((c) => {
    const url = releaseUrl(c.source, c.id) ?? safeHttpsUrl(c.url);
    const name = `${h(t(lang, `source.${c.source}`))} <code>${h(c.id)}</code>`;
    const licence = c.licence ? `<code>${h(c.licence)}</code>` : h(codeLicence(lang, c));
    return `<li>${url ? `<a href="${h(url)}" rel="noreferrer">${name}</a>` : name} · ${licence}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The evidence of one release: declared vs detected licence, matchers, revision, findings explained. */
export function evidenceList(model: ModelResult, lang: Lang): string {
  const approved =
    model.licence.approved === null
      ? t(lang, 'evidence.notEstablished')
      : t(lang, model.licence.approved ? 'yes' : 'no');
  const links = (model.links ?? []).map(safeHttpsUrl).filter((u): u is string => u !== null);
  const rows: [string, string][] = [
    [t(lang, 'evidence.declared'), licenceCell(model.licence.declared, lang)],
    [t(lang, 'evidence.detected'), licenceCell(model.licence.detected, lang)],
    [
      t(lang, 'evidence.expression'),
      model.licence.expression
        ? `${licenceCell(model.licence.expression, lang)} · ${h(t(lang, 'evidence.approved'))}: ${h(approved)}`
        : licenceCell(null, lang),
    ],
    ...(model.code?.length ? [[t(lang, 'evidence.code'), linkedCode(model, lang)] as [string, string]] : []),
    [t(lang, 'evidence.matcher'), detections(model, lang)],
    [t(lang, 'evidence.revision'), revision(model, lang)],
    [
      t(lang, 'evidence.origin'),
      `${h(t(lang, `source.${model.source}`))} · <code>${h(model.origin)}</code>${model.declared ? ` · ${h(t(lang, 'evidence.declaredInProgramme'))}` : ''}`,
    ],
    [
      t(lang, 'evidence.weights'),
      model.weights === null
        ? h(t(lang, 'evidence.notEstablished'))
        : model.weights.length
          ? `<ul>${model.weights.map((w) => `<li><code>${h(w)}</code></li>`).join('')}</ul>`
          : h(t(lang, 'evidence.none')),
    ],
    [t(lang, 'evidence.parameters'), h(formatParameters(model.parameters))],
    [t(lang, 'evidence.findings'), findings(model, lang)],
    [t(lang, 'evidence.provenance'), `<ul>${model.evidence.map((e) => `<li>${h(e)}</li>`).join('')}</ul>`],
  ];
  if (links.length)
    rows.push([
      t(lang, 'evidence.links'),
      `<ul>${links.map((u) => `<li><a href="${h(u)}" rel="noreferrer">${h(u)}</a></li>`).join('')}</ul>`,
    ]);
  return `<dl>${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}
