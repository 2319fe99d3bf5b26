// Rebuilds examples/sovereign-ai-2025/evidence by scanning the offline world (test/fixtures/world)
// through the loopback Hub server, exactly as a real scan would run against the Hub.
// Usage: npm run example
import { main } from '../src/cli/main.js';
import { startHubServer } from '../test/support/hub-server.js';

const hub = await startHubServer();
try {
  const code = await main(
    [
      'scan',
      '--config',
      'examples/sovereign-ai-2025/openquota.yml',
      '--save-evidence',
      'examples/sovereign-ai-2025/evidence',
      '--output',
      'examples/sovereign-ai-2025/report.json',
      '--format',
      'table',
      '--verbose',
    ],
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: { HF_ENDPOINT: hub.url },
      cwd: process.cwd(),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
  );
  console.error(`scan exit code ${code}; ${hub.apiCalls()} /api calls, ${hub.requests.length} requests in all`);
} finally {
  await hub.close();
}
