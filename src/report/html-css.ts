import { DASHBOARD_CSS } from './html-css-dashboard.js';

/**
 * The stylesheet of every HTML page (dashboard, diff, site), inlined. Colours are chosen for
 * >= 4.5:1 text contrast on their backgrounds in both schemes (e.g. #1b5e20 on #e8f5e9 is 6.9:1;
 * #a5d6a7 on #10261a is 9.6:1), and every status also carries a symbol and a word, so colour is
 * never the only signal. Dark mode follows `prefers-color-scheme`; print drops the controls.
 */
const BASE_CSS = `
:root{--fg:#1a1a1a;--muted:#4a4a4a;--bg:#ffffff;--panel:#f6f7f9;--line:#c9ced6;--link:#0b57d0;
--pass:#1b5e20;--pass-bg:#e8f5e9;--fail:#a50e0e;--fail-bg:#fdecea;--inc:#6d4300;--inc-bg:#fff3dc;
--exc:#4a4a4a;--exc-bg:#eceff1;--bar:#2e7d32;--bar-bg:#dfe3e8;--seg-c:#2e7d32;--seg-n:#c62828;--seg-u:#b26a00;
--rule:#000;--focus:#1a73e8;--input:#ffffff}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#b8bdc6;--bg:#121417;--panel:#1d2025;--line:#3c424b;
--link:#8ab4f8;--pass:#a5d6a7;--pass-bg:#10261a;--fail:#f6aea9;--fail-bg:#3a1414;--inc:#ffd28a;--inc-bg:#33260d;
--exc:#c4c9d0;--exc-bg:#262a30;--bar:#66bb6a;--bar-bg:#30353c;--seg-c:#66bb6a;--seg-n:#ef5350;--seg-u:#ffb74d;
--rule:#fff;--focus:#8ab4f8;--input:#1d2025}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;color-scheme:light dark}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header.top{padding:16px 20px;background:var(--panel);border-bottom:1px solid var(--line)}
header.top h1{margin:0 0 4px;font-size:1.4rem}
header.top .programme{margin:0;font-size:1.05rem;font-weight:600}
header.top dl{display:flex;flex-wrap:wrap;gap:4px 20px;margin:8px 0 0}
header.top dl div{display:flex;gap:6px}
header.top dt{color:var(--muted);white-space:nowrap}
header.top dd{margin:0}
header.top .rule{margin:8px 0 0;color:var(--muted)}
.overall{margin-top:8px}
main{padding:16px 20px;max-width:1400px;margin:0 auto}
h2{font-size:1.2rem;margin:20px 0 10px}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.s-pass,.v-compliant{color:var(--pass);background:var(--pass-bg)}
.s-fail,.v-non-compliant{color:var(--fail);background:var(--fail-bg)}
.s-incomplete,.v-unknown{color:var(--inc);background:var(--inc-bg)}
.v-excluded{color:var(--exc);background:var(--exc-bg)}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:6px 0;color:var(--muted);caption-side:top}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--panel);border-bottom:2px solid var(--line);white-space:nowrap}
td.num,th.num{text-align:right}
.model-id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere}
.note{display:block;font-size:.85rem;color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.warning-box{padding:10px 14px;border:2px solid var(--inc);background:var(--inc-bg);color:var(--inc);border-radius:6px;font-weight:600}
.regressed{font-weight:700;color:var(--fail)}
footer{padding:12px 20px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@media (max-width:700px){
  header.top,main{padding:12px}
  .changes thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
  .changes tr{display:grid;grid-template-columns:1fr 1fr;border-top:2px solid var(--line);padding:4px 0}
  .changes td{display:block;border:0;padding:2px 8px}
  .changes td.model-id{grid-column:1/-1}
  .changes td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-family:system-ui,sans-serif}
  .changes td:empty{display:none}
}
@media print{
  :root{--fg:#000;--muted:#333;--bg:#fff;--panel:#fff;--line:#999;--link:#000}
  body{font-size:11pt}
  header.top{border-bottom:2px solid #000}
  a{text-decoration:none}
  tr,li.team{break-inside:avoid}
  thead{display:table-header-group}
}
`;

/** The whole stylesheet: the base above, then the dashboard's and the site's parts. */
export const CSS = BASE_CSS + DASHBOARD_CSS;
