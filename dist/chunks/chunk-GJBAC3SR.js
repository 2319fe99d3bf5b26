
// src/formats.ts
var FORMATS = ["table", "json", "markdown", "sarif", "html", "cyclonedx"];

export {
  FORMATS
};
