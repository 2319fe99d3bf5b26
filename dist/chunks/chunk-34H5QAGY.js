
// src/sources/tokens.ts
var TOKEN_VARIABLES = ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "GITHUB_TOKEN", "GH_TOKEN"];
function tokenFrom(env, name) {
  return env[name]?.trim() || void 0;
}
function secretsFrom(env) {
  return [...new Set(TOKEN_VARIABLES.map((name) => tokenFrom(env, name)).filter((t) => !!t))];
}

export {
  tokenFrom,
  secretsFrom
};
