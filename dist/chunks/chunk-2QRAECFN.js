
// src/bundle-dir.ts
import { readdir, stat } from "node:fs/promises";
var BUNDLE_ENTRIES = /* @__PURE__ */ new Set(["bundle.json", "programme.yml", "policy.yml", "evidence"]);
async function replaceableByBundle(dir) {
  const info = await stat(dir).catch(() => void 0);
  if (!info) return { ok: true };
  if (!info.isDirectory()) return { ok: false, why: "it exists and is not a directory" };
  const names = await readdir(dir);
  if (names.length === 0) return { ok: true };
  if (!names.includes("bundle.json"))
    return { ok: false, why: "it is a folder that is not an evidence bundle" };
  const extra = names.filter((n) => !BUNDLE_ENTRIES.has(n));
  if (extra.length > 0) {
    return {
      ok: false,
      why: `it holds files that are not part of an evidence bundle (${extra.slice(0, 3).join(", ")})`
    };
  }
  return { ok: true };
}

export {
  replaceableByBundle
};
