// Rebuilds examples/sovereign-ai-2025/evidence by scanning the offline world (test/fixtures/world)
// through the loopback Hub and GitHub servers, exactly as a real scan would run against them.
// Usage: npm run example
import { main } from '../src/cli/main.js';
import { startGitHubServer } from '../test/support/github-server.js';
import { startHubServer } from '../test/support/hub-server.js';

const hub = await startHubServer();
const github = await startGitHubServer();
try {
  const code = await main(
    [
      'scan',
      '--config',
      'examples/sovereign-ai-2025/openquota.yml',
      '--save-evidence',
      'examples/sovereign-ai-2025/evidence',
      '--json',
      'examples/sovereign-ai-2025/report.json',
      '--format',
      'table',
      '--verbose',
    ],
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
      cwd: process.cwd(),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
  );
  console.error(
    `scan exit code ${code}; Hub: ${hub.apiCalls()} /api calls, ${hub.requests.length} requests in all; ` +
      `GitHub: ${github.requests.length} requests`,
  );
} finally {
  await hub.close();
  await github.close();
}
