/**
 * The dashboard's stylesheet, inlined into every HTML report (dashboard and diff). Colours are
 * chosen for >= 4.5:1 text contrast on their backgrounds (e.g. #1b5e20 on #e8f5e9 is 6.9:1), and
 * every status also carries a symbol and a word, so colour is never the only signal. Sort arrows
 * have empty alt text (`content: "▲" / ""`): aria-sort already tells assistive technology.
 */
export const CSS = `
:root{--fg:#1a1a1a;--muted:#4a4a4a;--bg:#ffffff;--panel:#f6f7f9;--line:#c9ced6;--link:#0b57d0;
--pass:#1b5e20;--pass-bg:#e8f5e9;--fail:#a50e0e;--fail-bg:#fdecea;--inc:#6d4300;--inc-bg:#fff3dc;
--exc:#4a4a4a;--exc-bg:#eceff1;--bar:#2e7d32;--bar-bg:#dfe3e8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
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
.teams{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px;list-style:none;padding:0;margin:0}
.team{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--bg)}
.team h3{margin:0;font-size:1.05rem;display:flex;justify-content:space-between;gap:8px;align-items:baseline;flex-wrap:wrap}
.team .id{color:var(--muted);font-size:.85rem;font-weight:400}
.bar{position:relative;height:18px;background:var(--bar-bg);border-radius:4px;margin:10px 0 4px;overflow:visible}
.bar .fill{height:100%;background:var(--bar);border-radius:4px 0 0 4px}
.bar .threshold{position:absolute;top:-4px;bottom:-4px;width:0;border-left:2px dashed #000}
.share{margin:0;font-weight:600}
.counts{display:flex;flex-wrap:wrap;gap:2px 14px;margin:6px 0 0;padding:0;list-style:none;color:var(--muted)}
.counts b{color:var(--fg)}
.team .reason{margin:6px 0 0;font-size:.9rem}
.team .failure{margin:6px 0 0;font-size:.85rem;color:var(--fail)}
.filters{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:flex-end;padding:12px;background:var(--panel);border:1px solid var(--line);border-radius:8px}
.filters div{display:flex;flex-direction:column;gap:2px}
.filters label{font-size:.85rem;color:var(--muted)}
.filters select,.filters input{font:inherit;padding:4px 6px;border:1px solid #6b7280;border-radius:4px;background:#fff;color:var(--fg);min-width:10em}
.filters button,.toggle,th button{font:inherit;color:inherit;cursor:pointer}
.filters button{padding:4px 10px;border:1px solid #6b7280;border-radius:4px;background:#fff}
#shown{margin:8px 0}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:6px 0;color:var(--muted);caption-side:top}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--panel);border-bottom:2px solid var(--line);white-space:nowrap}
th button{background:none;border:0;padding:0;font-weight:700;text-align:left}
th button::after{content:" ↕" / "";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲" / "";color:var(--fg)}
th[aria-sort=descending] button::after{content:" ▼" / "";color:var(--fg)}
td.num,th.num{text-align:right}
.model-id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere}
.code-tag{margin-left:6px;font-size:.8rem;color:var(--muted);white-space:nowrap}
.note{display:block;font-size:.85rem;color:var(--muted)}
.toggle{background:none;border:1px solid var(--line);border-radius:4px;width:28px;height:28px;padding:0;margin-right:6px;vertical-align:middle}
.toggle[aria-expanded=true] .chev{display:inline-block;transform:rotate(90deg)}
tr.evidence td{background:var(--panel)}
.evidence dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
.evidence dt{color:var(--muted)}
.evidence dd{margin:0;word-break:break-word}
.evidence ul{margin:0;padding-left:18px}
.findings li{margin-bottom:6px}
.findings .help{display:block;color:var(--muted)}
.sev{font-size:.8rem;padding:0 6px;border-radius:8px;border:1px solid currentColor}
.sev-error{color:var(--fail);background:var(--fail-bg)}
.sev-warning{color:var(--inc);background:var(--inc-bg)}
.sev-info{color:var(--exc);background:var(--exc-bg)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.warning-box{padding:10px 14px;border:2px solid var(--inc);background:var(--inc-bg);color:var(--inc);border-radius:6px;font-weight:600}
.regressed{font-weight:700;color:var(--fail)}
footer{padding:12px 20px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@media (max-width:700px){
  header.top,main{padding:12px}
  .models thead tr{display:flex;flex-wrap:wrap;gap:6px}
  .models thead th{border:1px solid var(--line);border-radius:4px;padding:2px 8px}
  .models thead th.toggle-col{display:none}
  .models tbody tr.row{display:grid;grid-template-columns:1fr 1fr;border-top:2px solid var(--line);padding:4px 0}
  .models tbody tr.row td{display:block;border:0;padding:2px 8px}
  .models tbody tr.row td.first{grid-column:1/-1}
  .models tbody tr.row td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
  .models tbody tr.row td.num{text-align:left}
  tr.evidence td{display:block}
  .evidence dl{grid-template-columns:1fr}
  .evidence dd{margin-bottom:6px}
  .changes thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
  .changes tr{display:grid;grid-template-columns:1fr 1fr;border-top:2px solid var(--line);padding:4px 0}
  .changes td{display:block;border:0;padding:2px 8px}
  .changes td.model-id{grid-column:1/-1}
  .changes td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-family:system-ui,sans-serif}
  .changes td:empty{display:none}
  .filters div{flex:1 1 140px}
  .filters select,.filters input{min-width:0;width:100%}
}
`;
