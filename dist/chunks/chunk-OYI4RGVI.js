
// src/cli/io.ts
var EXIT = {
  /** Every team passes / the model complies. */
  ok: 0,
  /** A team fails / the model does not comply / a regression. */
  fail: 1,
  /** Usage or configuration error. */
  usage: 2,
  /** Nothing fails but something is incomplete or unknown, or the run could not finish. */
  incomplete: 3
};

export {
  EXIT
};
