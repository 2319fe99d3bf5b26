
// src/detect/front-matter.ts
var FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;
function frontMatter(text) {
  const m = FRONT_MATTER.exec(text);
  return m ? { yaml: m[1], bodyStart: m[0].length } : void 0;
}

export {
  frontMatter
};
