// Fails when a generated file differs from what is committed: dist/ (the Action and CLI bundles,
// the library's types), THIRD_PARTY_NOTICES (what those bundles hold, with the licence our engine
// read for each) and rules/schema/ (JSON Schemas). Run after `npm run build` and `npm run schemas`.
import { execFileSync } from 'node:child_process';

const paths = ['dist', 'THIRD_PARTY_NOTICES', 'rules/schema'];
const changed = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(
    `Generated files are stale or uncommitted:\n${changed}\nRun \`npm run build && npm run schemas\` and commit the result.`,
  );
  process.exit(1);
}
console.log('generated files are current');
