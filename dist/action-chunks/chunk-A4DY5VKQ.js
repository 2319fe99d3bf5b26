
// src/read/limits.ts
var LIMITS = {
  // The longest licence in the corpus (LGPL-3.0) is 42 KB and the longest model card 41 KB: 512 KiB
  // leaves ten times that, and keeps a hostile 200 MB "LICENSE" from being read at all.
  licenceText: 512 * 1024,
  // A programme of 100 teams is about 20 KB; a policy file about 2 KB. 1 MiB is far beyond both.
  configFile: 1024 * 1024,
  // A report of 1,000 models is about 5 MB (the five-team example is 160 KB).
  report: 64 * 1024 * 1024,
  // Several reports given to merge, together.
  reports: 256 * 1024 * 1024,
  // bundle.json lists one line per record: 100,000 records fit in about 25 MB.
  bundleIndex: 32 * 1024 * 1024,
  // One record holds a release's metadata and at most a handful of 512 KiB texts (escaped in JSON).
  bundleRecord: 16 * 1024 * 1024,
  // Every record of a bundle together; parsed, they must stay well under 1 GB of memory.
  bundleTotal: 256 * 1024 * 1024,
  // Records in one bundle (the five-team example has 90).
  bundleRecords: 1e5,
  // Nesting of a YAML or JSON document: a programme file needs 5 levels, a Hub answer about 10.
  depth: 64,
  // YAML alias expansions per document (yaml's own default): a billion-laughs file needs thousands.
  yamlAliases: 100
};
function nestsDeeperThan(value, max) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

export {
  LIMITS,
  nestsDeeperThan
};
