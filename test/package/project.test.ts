// Where openquota lives is said once (src/project.ts); every copy must agree with it, and every
// editor modeline must point at a schema `$id` that names a file the package ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/config/json-schema.js';
import { REPOSITORY, REPOSITORY_URL, SCHEMA_BASE } from '../../src/project.js';
import { INFORMATION_URI } from '../../src/report/sarif.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  files: string[];
};

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the repository owner, said once', () => {
  it('package.json, SARIF and the README agree with src/project.ts', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
    expect(INFORMATION_URI).toBe(REPOSITORY_URL);
    const readme = readFileSync('README.md', 'utf8');
    const uses = [...readme.matchAll(/uses: ([\w.-]+\/openquota)@/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set([REPOSITORY]));
    // The old placeholder is gone everywhere a user reads.
    for (const file of [
      'README.md',
      'action.yml',
      ...yamlFiles('examples/workflows'),
      ...yamlFiles('.github'),
    ])
      expect(readFileSync(file, 'utf8'), file).not.toContain('openquota/openquota');
  });
});

describe('schemas and modelines', () => {
  const schemas = jsonSchemas() as Record<string, { $id: string }>;

  it("each schema's $id is SCHEMA_BASE + its file, a file the npm package ships under rules/schema/", () => {
    expect(SCHEMA_BASE).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}/rules/schema/`);
    expect(pkg.files).toContain('rules');
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$id).toBe(`${SCHEMA_BASE}${name}`);
      const committed = JSON.parse(readFileSync(join('rules/schema', name), 'utf8')) as { $id: string };
      expect(committed.$id).toBe(schema.$id);
    }
  });

  it('every modeline in rules/ and examples/ (the evidence copies too) names one of those $ids', () => {
    const ids = new Set(Object.values(schemas).map((s) => s.$id));
    const lines = [...yamlFiles('rules'), ...yamlFiles('examples')].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.includes('yaml-language-server'))
        .map((l) => ({ file, url: l.replace(/^#\s*yaml-language-server:\s*\$schema=/, '').trim() })),
    );
    expect(lines.map((l) => l.file)).toEqual(
      expect.arrayContaining([
        'rules/msit-sovereign-ai-2025.yml',
        'examples/sovereign-ai-2025/openquota.yml',
        'examples/sovereign-ai-2025/evidence/policy.yml',
        'examples/sovereign-ai-2025/evidence/programme.yml',
      ]),
    );
    for (const { file, url } of lines) expect(ids, `${file}: ${url}`).toContain(url);
    // A policy file points at the policy schema, a programme file at the programme schema.
    for (const { file, url } of lines)
      expect(
        url.endsWith(/policy|osi-strict|msit/.test(file) ? 'policy.schema.json' : 'programme.schema.json'),
        file,
      ).toBe(true);
  });
});
