
// src/report/write.ts
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
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
  const names = await readdir(dir).catch(() => []);
  const removed = [];
  for (const name of names) {
    const m = ours.exec(name);
    const path = join(dir, name);
    if (m) {
      const old = await stat(path).then(
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
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export {
  escapeRegExp,
  siblingOf,
  removeLeftovers,
  writeFileAtomic
};
