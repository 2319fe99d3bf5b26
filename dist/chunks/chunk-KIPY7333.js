
// src/detect/candidates.ts
var LICENCE_NAMES = [
  [/^(?:licen[cs]e|copying|unlicen[cs]e)$/, 1],
  [/^(?:licen[cs]e|copying|unlicen[cs]e)\.(?:md|markdown|txt|rst|html?)$/, 0.95],
  [/^(?:licen[cs]e|model)[-_. ]?(?:model|weights|licen[cs]e)(?:\.(?:md|txt))?$/, 0.93],
  [/^copying\.(?:lesser|lib|lgpl|gpl)$/, 0.9],
  [/^(?:licen[cs]e|copying)[-_.][\w.+-]+$/, 0.8],
  [/^[\w.+-]+[-_.](?:licen[cs]e|copying)(?:\.(?:md|txt))?$/, 0.7],
  [/^(?:licen[cs]e|licen[cs]ing|terms)[\w .+-]*$/, 0.6],
  [/\blicen[cs]e agreement\b/, 0.75]
  // "Tongyi Qianwen LICENSE AGREEMENT"
];
var README = /^(?:readme|model[-_]?card)(?:\.(?:md|markdown|txt|rst))?$/;
var NEVER = /^(?:notice|notices|third[-_]party[\w.-]*|acknowledg(?:e)?ments?|use[-_]policy|acceptable[-_]use[-_]policy|contributing|authors|changelog|code[-_]of[-_]conduct)(?:\.\w+)?$/;
var NOT_TEXT = /\.(?:py|js|ts|json|ya?ml|toml|go|rs|c|h|java|rb|sh|safetensors|bin|png|jpe?g|svg)$/;
function pickLicenceFiles(paths) {
  const out = [];
  for (const path of paths) {
    const parts = path.split("/");
    const base = parts[parts.length - 1].toLowerCase();
    const depth = parts.length - 1;
    if (NEVER.test(base) || NOT_TEXT.test(base)) continue;
    const inLicences = depth >= 1 && parts[parts.length - 2].toLowerCase() === "licenses";
    let score = inLicences ? 0.85 : 0;
    for (const [re, s] of LICENCE_NAMES) if (re.test(base)) score = Math.max(score, s);
    const penalty = Math.min(0.3, (inLicences ? depth - 1 : depth) * 0.15);
    if (score > 0) out.push({ path, role: "licence", score: round(score - penalty) });
    else if (README.test(base) && depth <= 1) out.push({ path, role: "readme", score: round(0.5 - penalty) });
  }
  return out.sort(
    (a, b) => b.score - a.score || a.path.length - b.path.length || a.path.localeCompare(b.path)
  );
}
function round(x) {
  return Math.round(x * 100) / 100;
}

export {
  pickLicenceFiles
};
