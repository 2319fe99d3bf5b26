import {
  frontMatter
} from "./chunk-SULYZT3E.js";
import {
  require_dist
} from "./chunk-A4L3TASA.js";
import {
  __toESM
} from "./chunk-EJ2SUCMT.js";

// src/sources/repo-files.ts
var import_yaml = __toESM(require_dist(), 1);
var WEIGHT_EXTENSIONS = [
  ".safetensors",
  ".bin",
  ".pt",
  ".pth",
  ".ckpt",
  ".gguf",
  ".ggml",
  ".onnx",
  ".h5",
  ".msgpack",
  ".tflite",
  ".nemo",
  ".pkl",
  ".mlmodel",
  ".keras",
  ".npz"
];
function isWeightPath(path) {
  const lower = path.toLowerCase();
  return WEIGHT_EXTENSIONS.some((e) => lower.endsWith(e));
}
var LFS_HEADER = "version https://git-lfs.github.com/spec/v1";
var MAX_POINTER_BYTES = 1024;
function parseLfsPointer(path, text) {
  if (!text.startsWith(LFS_HEADER) || text.length > MAX_POINTER_BYTES) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { path, oid, size: Number(size) } : void 0;
}
function frontMatterLicences(readme) {
  const block = frontMatter(readme);
  if (!block) return [];
  let data;
  try {
    data = (0, import_yaml.parse)(block.yaml);
  } catch {
    return [];
  }
  if (typeof data !== "object" || data === null) return [];
  const card = data;
  const values = (Array.isArray(card.license) ? card.license : [card.license]).filter(
    (v) => typeof v === "string" && v.trim() !== ""
  );
  const name = typeof card.license_name === "string" ? card.license_name : void 0;
  const link = typeof card.license_link === "string" ? card.license_link : void 0;
  return values.map((value) => ({
    origin: "readme-front-matter",
    value: value.trim(),
    ...name ? { name } : {},
    ...link ? { link } : {}
  }));
}
var LINK = /https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co|github\.com)\/[\w.-]+\/[\w.-]+/g;
var NOT_OWNERS = /* @__PURE__ */ new Set([
  "datasets",
  "spaces",
  "docs",
  "collections",
  "papers",
  "blog",
  "api",
  "orgs",
  "organizations"
]);
var MAX_LINKS = 20;
function repoLinks(text) {
  const found = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(LINK)) {
    const url = new URL(m[0].replace(/\.git$/, "").replace(/[.,;:]+$/, ""));
    const [owner, name] = url.pathname.split("/").filter(Boolean);
    if (!owner || !name || NOT_OWNERS.has(owner.toLowerCase())) continue;
    const host = url.host.replace(/^www\./, "").replace(/^hf\.co$/, "huggingface.co");
    found.add(`https://${host}/${owner}/${name}`);
    if (found.size >= MAX_LINKS) break;
  }
  return [...found];
}

export {
  WEIGHT_EXTENSIONS,
  isWeightPath,
  MAX_POINTER_BYTES,
  parseLfsPointer,
  frontMatterLicences,
  repoLinks
};
