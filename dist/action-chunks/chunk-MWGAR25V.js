
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

// src/report/write.ts
import { mkdir, open, readdir as readdir2, rename, rm, stat as stat2, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function siblingOf(target, kind, hidden) {
  const suffix = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString("hex");
  const name = `${hidden ? "." : ""}${basename(target)}.openquota-${process.pid}-${suffix}.${kind}`;
  return join(dirname(target), name);
}
function alive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
var STALE_MS = 24 * 60 * 60 * 1e3;
async function removeLeftovers(target, legacy) {
  const dir = dirname(target);
  const ours = new RegExp(
    `^\\.?${escapeRegExp(basename(target))}\\.openquota-(\\d+)-[0-9a-f]{12}\\.(tmp|old)$`
  );
  const names = await readdir2(dir).catch(() => []);
  const removed = [];
  for (const name of names) {
    const m = ours.exec(name);
    const path = join(dir, name);
    if (m) {
      const old = await stat2(path).then(
        (s) => Date.now() - s.mtimeMs > STALE_MS,
        () => false
      );
      if (alive(Number(m[1])) && !old) continue;
    } else if (!legacy?.test(name)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}
async function writeFileAtomic(file, content) {
  await mkdir(dirname(file), { recursive: true });
  await removeLeftovers(file, void 0);
  const temp = siblingOf(file, "tmp", true);
  try {
    if (typeof content === "string" || content instanceof Uint8Array) await writeFile(temp, content);
    else await writePieces(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
var BATCH_BYTES = 1 << 20;
async function writePieces(path, pieces) {
  const handle = await open(path, "w");
  const writeAll = async (bytes, length) => {
    for (let done = 0; done < length; ) done += (await handle.write(bytes, done, length - done)).bytesWritten;
  };
  try {
    const buffer = Buffer.allocUnsafe(BATCH_BYTES);
    let used = 0;
    for (const piece of pieces) {
      if (used > 0 && used + piece.length * 3 > BATCH_BYTES) {
        await writeAll(buffer, used);
        used = 0;
      }
      if (piece.length * 3 > BATCH_BYTES) {
        const bytes = Buffer.from(piece, "utf8");
        await writeAll(bytes, bytes.length);
      } else used += buffer.write(piece, used, "utf8");
    }
    if (used > 0) await writeAll(buffer, used);
  } finally {
    await handle.close();
  }
}

export {
  replaceableByBundle,
  escapeRegExp,
  siblingOf,
  removeLeftovers,
  writeFileAtomic
};
