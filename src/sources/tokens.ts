/**
 * Which environment variables hold tokens, and reading them: apart from create.ts so that what
 * every command needs at start (the secrets to redact) loads without the sources themselves.
 */

/** The environment variables that hold tokens, in the order they are preferred. */
export const TOKEN_VARIABLES = ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN'] as const;

/** A token from the environment, trimmed; undefined when unset or blank. */
export function tokenFrom(env: Record<string, string | undefined>, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

/** Every token the environment holds: what must never be printed, whoever prints. */
export function secretsFrom(env: Record<string, string | undefined>): string[] {
  return [...new Set(TOKEN_VARIABLES.map((name) => tokenFrom(env, name)).filter((t): t is string => !!t))];
}
