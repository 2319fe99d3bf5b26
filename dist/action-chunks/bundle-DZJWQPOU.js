import {
  escapeRegExp,
  removeLeftovers,
  replaceableByBundle,
  siblingOf
} from "./chunk-MWGAR25V.js";
import {
  BUNDLE_SCHEMA,
  bundleIndexSchema,
  evidenceSchema,
  indexDigest,
  recordPath,
  sha256Of
} from "./chunk-WKFPHSPP.js";
import {
  capProblems,
  keysAt,
  problemsFromZod,
  renderPath
} from "./chunk-F2ZSLCTL.js";
import {
  formatBytes,
  readBounded
} from "./chunk-VQKAB5TF.js";
import {
  VERSION
} from "./chunk-3AFZJTXP.js";
import {
  LIMITS,
  nestsDeeperThan
} from "./chunk-A4DY5VKQ.js";
import {
  ConfigError,
  InternalError
} from "./chunk-IS7GHXRZ.js";
import {
  decodeText
} from "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";

// src/bundle.ts
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/bundle-verify.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var REWRITE = "write the bundle again with `openquota scan --save-evidence DIR`";
var EDITED = `the bundle was changed after it was written; ${REWRITE}`;
function problem(file, message, fix = EDITED, path = "") {
  return { file, path, message, fix };
}
function parseJson(file, bytes) {
  let value;
  try {
    value = JSON.parse(decodeText(bytes));
  } catch (error) {
    return { ok: false, problem: problem(file, `not JSON: ${error.message.split("\n")[0]}`) };
  }
  if (nestsDeeperThan(value, LIMITS.depth))
    return { ok: false, problem: problem(file, `nested more than ${LIMITS.depth} levels deep`) };
  return { ok: true, value };
}
async function readIndex(dir) {
  const file = join(dir, "bundle.json");
  const fix = "give the directory written by `openquota scan --save-evidence DIR`";
  const read = await readBounded(file, LIMITS.bundleIndex);
  if (!read.ok)
    throw new ConfigError([problem(file, `not an evidence bundle: bundle.json ${read.message}`, fix)]);
  if (read.truncated)
    throw new ConfigError([
      problem(file, `bundle.json is larger than ${formatBytes(LIMITS.bundleIndex)}`, fix)
    ]);
  const json = parseJson(file, read.bytes);
  if (!json.ok) throw new ConfigError([json.problem]);
  const schema = json.value?.schema;
  if (schema === "openquota/evidence-bundle@1") {
    throw new ConfigError([
      problem(
        file,
        "this bundle (openquota/evidence-bundle@1) carries no SHA-256 of its files, so edits to it cannot be detected; this version does not judge it",
        `scan again with --save-evidence to write an ${BUNDLE_SCHEMA} bundle`,
        "schema"
      )
    ]);
  }
  const parsed = bundleIndexSchema.safeParse(json.value);
  if (parsed.success && indexDigest(json.value) !== parsed.data.digest) {
    throw new ConfigError([
      problem(file, "its digest does not match its content: bundle.json was edited", EDITED, "digest")
    ]);
  }
  if (!parsed.success) {
    throw new ConfigError(
      capProblems(
        parsed.error.issues.map(
          (i) => problem(file, i.message, `the bundle index is damaged; ${REWRITE}`, renderPath(i.path))
        )
      )
    );
  }
  return parsed.data;
}
async function listBundle(dir, problems) {
  const files = /* @__PURE__ */ new Set();
  const queue = [""];
  while (queue.length > 0) {
    const rel = queue.shift();
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) queue.push(path);
      else if (entry.isFile()) files.add(path);
      else
        problems.push(problem(join(dir, path), "not a regular file (a symlink, FIFO or device) in a bundle"));
      if (files.size > LIMITS.bundleRecords + 3) {
        throw new ConfigError([problem(dir, `holds more than ${LIMITS.bundleRecords} files`, REWRITE)]);
      }
    }
  }
  return files;
}
async function readListed(dir, rel, expected, maxBytes, problems) {
  const file = join(dir, rel);
  const read = await readBounded(file, maxBytes);
  if (!read.ok) {
    problems.push(
      problem(
        file,
        read.reason === "missing" ? "listed in bundle.json but missing" : `the file ${read.message}`
      )
    );
    return void 0;
  }
  if (read.truncated) {
    problems.push(
      problem(file, `larger than ${formatBytes(maxBytes)}, more than any record openquota writes`)
    );
    return void 0;
  }
  if (sha256Of(read.bytes) !== expected) {
    problems.push(problem(file, "its SHA-256 does not match bundle.json: the file was edited"));
    return void 0;
  }
  return read.bytes;
}
function checkRecord(file, entry, value, index, problems) {
  const parsed = evidenceSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const found = problemsFromZod(
      file,
      parsed.error,
      (p) => keysAt(evidenceSchema, p),
      () => void 0
    );
    for (const p of found.slice(0, 10))
      problems.push({ ...p, message: `not a valid evidence record: ${p.message}` });
    return void 0;
  }
  const e = parsed.data;
  const before = problems.length;
  if (entry.file !== recordPath(e.team, e.facts.source, e.facts.id))
    problems.push(
      problem(file, `filed under another name than its release ${e.facts.id} of team ${e.team} gives`)
    );
  if (e.release.team !== e.team)
    problems.push(problem(file, "release.team differs from team", EDITED, "release.team"));
  if (!index.teams.includes(e.team))
    problems.push(problem(file, `team "${e.team}" is not a team of the bundle`, EDITED, "team"));
  const texts = e.texts.map((t) => t.text === void 0 ? null : sha256Of(t.text));
  if (texts.length !== entry.texts.length || texts.some((h, i) => h !== entry.texts[i]))
    problems.push(problem(file, "its texts do not match the SHA-256 listed in bundle.json", EDITED, "texts"));
  return problems.length === before ? e : void 0;
}
async function verifyBundle(dir) {
  const index = await readIndex(dir);
  const problems = [];
  const present = await listBundle(dir, problems);
  const listed = /* @__PURE__ */ new Set(["bundle.json", "programme.yml", "policy.yml"]);
  const evidence = [];
  let total = 0;
  for (const entry of index.records) {
    if (listed.has(entry.file)) {
      problems.push(problem(join(dir, entry.file), "listed twice in bundle.json"));
      continue;
    }
    listed.add(entry.file);
    const bytes = await readListed(dir, entry.file, entry.sha256, LIMITS.bundleRecord, problems);
    if (!bytes) continue;
    total += bytes.length;
    if (total > LIMITS.bundleTotal) {
      throw new ConfigError([
        problem(dir, `its records hold more than ${formatBytes(LIMITS.bundleTotal)}`, REWRITE)
      ]);
    }
    const json = parseJson(join(dir, entry.file), bytes);
    if (!json.ok) problems.push(json.problem);
    else {
      const e = checkRecord(join(dir, entry.file), entry, json.value, index, problems);
      if (e) evidence.push(e);
    }
  }
  for (const path of present) {
    if (!listed.has(path))
      problems.push(
        problem(join(dir, path), "not listed in bundle.json: added after the bundle was written")
      );
  }
  for (const team of Object.keys(index.failures)) {
    if (!index.teams.includes(team))
      problems.push(
        problem(
          join(dir, "bundle.json"),
          `failures of "${team}", not a team of the bundle`,
          EDITED,
          "failures"
        )
      );
  }
  const programme = await readListed(
    dir,
    "programme.yml",
    index.programme.fileSha256,
    LIMITS.configFile,
    problems
  );
  const policy = await readListed(dir, "policy.yml", index.policy.fileSha256, LIMITS.configFile, problems);
  if (problems.length > 0 || !programme || !policy) throw new ConfigError(capProblems(problems));
  return { index, evidence, programmeText: decodeText(programme), policyText: decodeText(policy) };
}

// src/bundle.ts
var legacyLeftover = (target) => new RegExp(`^${escapeRegExp(basename(target))}\\.[0-9a-f]{8}\\.(tmp|old)$`);
function recordOf(e) {
  const texts = e.texts.map(({ score: _score, ...t }) => t);
  const parsed = evidenceSchema.safeParse({ ...e, texts });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InternalError(
      `evidence record of ${e.facts.id} does not match its schema at ${renderPath(issue.path)}: ${issue.message}`
    );
  }
  return parsed.data;
}
async function writeHashed(file, content) {
  const bytes = Buffer.from(content, "utf8");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return sha256Of(bytes);
}
async function saveBundle(dir, bundle) {
  const target = resolve(dir);
  const replaceable = await replaceableByBundle(target);
  if (!replaceable.ok) {
    throw new ConfigError([
      {
        file: dir,
        path: "--save-evidence",
        message: `will not write the evidence bundle here: ${replaceable.why}`,
        fix: "give a new or empty directory, or one written by --save-evidence before"
      }
    ]);
  }
  await mkdir(dirname(target), { recursive: true });
  await removeLeftovers(target, legacyLeftover(target));
  const temp = siblingOf(target, "tmp", false);
  try {
    await mkdir(temp);
    const records = [];
    for (const e of bundle.evidence) {
      const record = recordOf(e);
      const rel = recordPath(record.team, record.facts.source, record.facts.id);
      const sha256 = await writeHashed(join2(temp, rel), `${JSON.stringify(record, null, 2)}
`);
      records.push({
        file: rel,
        sha256,
        texts: record.texts.map((t) => t.text === void 0 ? null : sha256Of(t.text))
      });
    }
    const index = {
      schema: BUNDLE_SCHEMA,
      createdAt: bundle.createdAt,
      tool: { name: "openquota", version: VERSION },
      programme: {
        file: "programme.yml",
        path: bundle.programme.path,
        sha256: bundle.programme.sha256,
        fileSha256: await writeHashed(join2(temp, "programme.yml"), bundle.programme.text),
        commit: bundle.programme.commit ?? null
      },
      policy: {
        ref: bundle.policy.ref,
        file: "policy.yml",
        sha256: bundle.policy.sha256,
        fileSha256: await writeHashed(join2(temp, "policy.yml"), bundle.policy.text)
      },
      teams: bundle.teams,
      failures: bundle.failures,
      records: records.sort((a, b) => a.file.localeCompare(b.file)),
      ...bundle.requests ? { requests: bundle.requests } : {}
    };
    const indexWithDigest = { ...index, digest: indexDigest(index) };
    await writeFile(join2(temp, "bundle.json"), `${JSON.stringify(indexWithDigest, null, 2)}
`);
    const old = siblingOf(target, "old", false);
    const existed = await stat(target).then(
      () => true,
      () => false
    );
    if (existed) await rename(target, old);
    await rename(temp, target);
    if (existed) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
async function loadBundle(dir) {
  const { index, evidence, programmeText, policyText } = await verifyBundle(dir);
  return {
    dir,
    createdAt: index.createdAt,
    programme: {
      path: index.programme.path,
      text: programmeText,
      sha256: index.programme.sha256,
      commit: index.programme.commit ?? null
    },
    policy: {
      ref: index.policy.ref,
      file: join2(dir, "policy.yml"),
      text: policyText,
      sha256: index.policy.sha256
    },
    teams: index.teams,
    failures: index.failures,
    evidence,
    ...index.requests ? { requests: index.requests } : {}
  };
}
async function saveScanEvidence(dir, result, programme, policy) {
  await saveBundle(dir, {
    createdAt: result.report.generatedAt,
    programme,
    policy,
    teams: result.teams,
    failures: result.failures,
    evidence: result.evidence,
    ...result.report.requests ? { requests: result.report.requests } : {}
  });
}
export {
  loadBundle,
  saveBundle,
  saveScanEvidence
};
