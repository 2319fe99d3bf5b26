import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);

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
