
// src/sources/redact.ts
var MASK = "***";
var MIN_SECRET = 4;
var TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|hf_[A-Za-z0-9]{30,}|api_org_[A-Za-z0-9]{30,})/g;
var AUTHORIZATION = /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token|digest)\s+)?[^\s"',;}\]]+/gi;
var BEARER = /\b(bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/gi;
var USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]*@/gi;
var MAY_HOLD_SHAPE = /:\/\/|authorization|bearer|gh[pousr]_|github_pat_|hf_|api_org_/i;
function withoutUserinfo(url) {
  return url.replace(USERINFO, "$1");
}
function createRedactor(secrets = []) {
  const held = [
    ...new Set(
      secrets.filter((s) => typeof s === "string" && s.trim().length >= MIN_SECRET).flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString("base64")])
    )
  ].sort((a, b) => b.length - a.length);
  return (text) => {
    if (typeof text !== "string" || text === "") return text;
    let out = text;
    for (const secret of held) if (out.includes(secret)) out = out.split(secret).join(MASK);
    if (!MAY_HOLD_SHAPE.test(out)) return out;
    return out.replace(USERINFO, "$1").replace(AUTHORIZATION, `$1${MASK}`).replace(BEARER, `$1${MASK}`).replace(TOKEN_SHAPES, MASK);
  };
}
var redactShapes = createRedactor();
function redactDeep(value, redact) {
  return walk(value, redact);
}
function walk(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, redact));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[redact(key)] = walk(v, redact);
  return out;
}

export {
  MASK,
  withoutUserinfo,
  createRedactor,
  redactShapes,
  redactDeep
};
