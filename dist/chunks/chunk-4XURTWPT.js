
// src/rules-path.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function rulesPath(...parts) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "rules");
    if (existsSync(join(candidate, "hub-licences.tsv"))) return join(candidate, ...parts);
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), "..", "rules", ...parts);
}

export {
  rulesPath
};
