// The SPDX helper packages ship no types; they are wrapped in src/spdx/ with precise ones.
declare module 'spdx-expression-parse' {
  const parse: (expression: string) => unknown;
  export default parse;
}
declare module 'spdx-satisfies' {
  const satisfies: (expression: string, approved: string[]) => boolean;
  export default satisfies;
}
