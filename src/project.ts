/**
 * Where openquota lives, said once. `REPOSITORY` is the GitHub `owner/name` that workflows put in
 * `uses:` (`openquota-dev/openquota@v1`), that SARIF names as the tool's `informationUri` and that
 * package.json's `repository` points at; test/package/project.test.ts checks every copy (README,
 * action.yml, workflows, package.json) against it, so a move to another owner is one edit here
 * plus what that test lists.
 */
export const REPOSITORY = 'openquota-dev/openquota';

/** The repository's web address (SARIF `tool.driver.informationUri`). */
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;

/**
 * Base of the JSON Schemas' `$id`s: the files as the npm package ships them (`rules/schema/`),
 * served by a CDN of npm packages. Absolute, so an editor modeline keeps resolving wherever the
 * file is copied: an evidence bundle copies `policy.yml` and `programme.yml` byte for byte (their
 * sha256 is evidence), which breaks any relative path. Unversioned on purpose: a versioned URL in
 * the presets would change the policy's sha256 at every release.
 */
export const SCHEMA_BASE = 'https://cdn.jsdelivr.net/npm/openquota/rules/schema/';
