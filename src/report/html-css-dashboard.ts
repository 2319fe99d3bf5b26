/**
 * The dashboard's and the site's styles (html-css.ts holds the base): the headline, team cards
 * with stacked bars, the filters, the model table with its groups and evidence rows, the site's
 * navigation and charts; then the phone layout and print. Segments of the stacked bar differ in
 * colour and in pattern (non-compliant hatched, unknown dotted), and the legend gives the counts
 * in words, so the bar reads without colour too.
 */
export const DASHBOARD_CSS = `
.answer{margin:4px 0 8px}
.headline{font-size:1.6rem;margin:8px 0 2px}
.status-counts{margin:0;color:var(--muted)}
.teams{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px;list-style:none;padding:0;margin:0}
.team{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--bg)}
.team h3{margin:0;font-size:1.05rem;display:flex;justify-content:space-between;gap:8px;align-items:baseline;flex-wrap:wrap}
.team h4{margin:10px 0 2px;font-size:.9rem}
.team .id{color:var(--muted);font-size:.85rem;font-weight:400}
.stack{position:relative;display:flex;height:20px;background:var(--bar-bg);border-radius:4px;margin:10px 0 4px}
.seg{display:block;height:100%}
.seg:first-child{border-radius:4px 0 0 4px}
.seg:last-of-type{border-radius:0 4px 4px 0}
.seg-compliant,.key-compliant{background:var(--seg-c)}
.seg-non-compliant,.key-non-compliant{background:var(--seg-n) repeating-linear-gradient(135deg,transparent 0 4px,rgba(255,255,255,.35) 4px 6px)}
.seg-unknown,.key-unknown{background:var(--seg-u) radial-gradient(rgba(255,255,255,.45) 1px,transparent 1.5px) 0 0/5px 5px}
.stack .threshold{position:absolute;top:-5px;bottom:-5px;width:0;border-left:2px dashed var(--rule)}
.legend{display:flex;flex-wrap:wrap;gap:2px 14px;margin:4px 0 0;padding:0;list-style:none;color:var(--muted);font-size:.9rem}
.legend b{color:var(--fg)}
.key{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;vertical-align:baseline}
.share{margin:4px 0 0;font-weight:600}
.team .reason{margin:4px 0 0;font-size:.9rem}
.team .failure{margin:6px 0 0;font-size:.85rem;color:var(--fail)}
.reasons{margin:2px 0 0;padding-left:18px;font-size:.9rem}
.reasons li{margin:2px 0}
.reasons .n{white-space:nowrap}
.reasons .why{display:block;color:var(--muted);font-size:.85rem}
.team details.excluded{margin-top:8px;font-size:.9rem}
.team details.excluded summary{cursor:pointer}
.team .more,.team .show{margin:6px 0 0;font-size:.9rem}
.filters{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:flex-end;padding:12px;background:var(--panel);border:1px solid var(--line);border-radius:8px}
.filters div{display:flex;flex-direction:column;gap:2px}
.filters div.actions{flex-direction:row;gap:8px}
.filters label{font-size:.85rem;color:var(--muted)}
.filters select,.filters input{font:inherit;padding:4px 6px;border:1px solid #6b7280;border-radius:4px;background:var(--input);color:var(--fg);min-width:9em;max-width:22em}
.filters button,.toggle,th button,.evidence-link,#more{font:inherit;color:inherit;cursor:pointer}
.filters button,#more{padding:4px 10px;border:1px solid #6b7280;border-radius:4px;background:var(--input)}
html:not(.ready) #csv{display:none}
#shown{margin:8px 0}
th button{background:none;border:0;padding:0;font-weight:700;text-align:left}
th button::after{content:" ↕" / "";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲" / "";color:var(--fg)}
th[aria-sort=descending] button::after{content:" ▼" / "";color:var(--fg)}
/* Fixed layout: columns keep their widths as more rows arrive, and laying out rows costs less. */
table.models{table-layout:fixed}
.models th:nth-child(1){width:24%}.models th:nth-child(2){width:15%}.models th:nth-child(3){width:28%}
.models th:nth-child(4){width:14%}.models th:nth-child(5){width:10%}.models th:nth-child(6){width:9%}
.models thead th{white-space:normal}
.models td{overflow-wrap:anywhere}
.models tr.group th{background:var(--panel);border-top:2px solid var(--line);font-size:1rem;padding-top:10px}
.models tr.group .gcount{color:var(--muted);font-weight:400;font-size:.9rem}
.models tr.family th{font-weight:600;font-size:.9rem;padding-left:24px}
.models td.why{max-width:38em;font-size:.92rem}
.evidence-link{background:none;border:0;padding:0;color:var(--link);text-decoration:underline;font-size:.85rem}
.code-tag{margin-left:6px;font-size:.8rem;color:var(--muted);white-space:nowrap}
.toggle{background:none;border:1px solid var(--line);border-radius:4px;width:28px;height:28px;padding:0;margin-right:6px;vertical-align:middle}
.toggle[aria-expanded=true] .chev{display:inline-block;transform:rotate(90deg)}
tr.evidence td{background:var(--panel)}
.evidence dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
.evidence dt{color:var(--muted)}
.evidence dd{margin:0;word-break:break-word}
.evidence ul{margin:0;padding-left:18px}
.evidence summary{cursor:pointer}
.evidence .permalink{margin:8px 0 0;font-size:.85rem}
.findings li{margin-bottom:6px}
.findings li.primary strong{text-decoration:underline}
.findings .help{display:block;color:var(--muted)}
.extra q{font-style:italic}
.sev{font-size:.8rem;padding:0 6px;border-radius:8px;border:1px solid currentColor}
.sev-error{color:var(--fail);background:var(--fail-bg)}
.sev-warning{color:var(--inc);background:var(--inc-bg)}
.sev-info{color:var(--exc);background:var(--exc-bg)}
.more-wrap{text-align:center}
nav.site{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;padding:8px 20px;border-bottom:1px solid var(--line);font-size:.95rem}
nav.site .lang{margin-left:auto}
nav.site [aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
.chart{max-width:900px}
.chart svg{width:100%;height:auto;display:block}
.chart text{fill:var(--fg);font:12px system-ui,sans-serif}
.chart .axis{stroke:var(--line)}
.chart .limit{stroke:var(--rule);stroke-dasharray:6 4}
.chart polyline{fill:none;stroke-width:2.5}
.rounds li{margin:4px 0}
@media (max-width:700px){
  .models thead tr{display:flex;flex-wrap:wrap;gap:6px}
  .models thead th{border:1px solid var(--line);border-radius:4px;padding:2px 8px}
  table.models{table-layout:auto}
  .models thead th{width:auto!important}
  .models tbody tr.row{display:grid;grid-template-columns:1fr 1fr;border-top:2px solid var(--line);padding:4px 0}
  .models tbody tr.row td{display:block;border:0;padding:2px 8px}
  .models tbody tr.row td.first,.models tbody tr.row td.why{grid-column:1/-1}
  .models tbody tr.row td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
  .models tbody tr.row td.first::before{content:none}
  .models tbody tr.row td.num{text-align:left}
  .models tr.group th,.models tr.family th{display:block}
  tr.evidence td{display:block}
  .evidence dl{grid-template-columns:1fr}
  .evidence dd{margin-bottom:6px}
  .filters div{flex:1 1 140px}
  .filters select,.filters input{min-width:0;width:100%;max-width:none}
  nav.site{padding:8px 12px}
}
@media print{
  .filters,#more,.more-wrap,.toggle,.evidence-link,.permalink,nav.site .lang,noscript{display:none!important}
  .teams{grid-template-columns:1fr 1fr}
  .stack,.seg,.key{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .models td.why{max-width:none}
}
`;
