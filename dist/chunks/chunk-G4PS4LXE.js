
// src/report/html-escape.ts
var HTML_SPECIAL = /[&<>"']/;
function escapeHtml(value) {
  const text = String(value);
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function jsonForScript(data) {
  const json = JSON.stringify(data);
  return SCRIPT_UNSAFE.test(json) ? json.replace(/[<\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]) : json;
}
var SCRIPT_UNSAFE = /[<\u2028\u2029]/;
var SCRIPT_ESCAPES = {
  "<": "\\u003c",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029"
};
var SHA = /^[0-9a-f]{7,64}$/i;
var GITHUB_GIT_URL = /^https:\/\/github\.com\/([A-Za-z0-9._-]+\/[A-Za-z0-9._-]+?)(\.git)?\/?$/;
function safeWebUrl(url) {
  if (!url || !/^https?:\/\/[^\s"'<>`\\]+$/i.test(url)) return null;
  return url;
}
function releaseUrl(model) {
  return safeWebUrl(model.url);
}
function revisionUrl(model) {
  const page = releaseUrl(model);
  if (!page || !model.revision || !SHA.test(model.revision)) return null;
  const base = page.replace(/\/+$/, "");
  if (model.source === "huggingface") return `${base}/tree/${model.revision}`;
  if (model.source === "github") return `${base}/commit/${model.revision}`;
  const github = GITHUB_GIT_URL.exec(page);
  if (model.source === "git" && github) return `https://github.com/${github[1]}/commit/${model.revision}`;
  return null;
}

export {
  escapeHtml,
  jsonForScript,
  safeWebUrl,
  releaseUrl,
  revisionUrl
};
