import {
  closest,
  problemsFromZod,
  renderPath
} from "./chunk-ZVPDN32M.js";
import "./chunk-EJ2SUCMT.js";
export {
  closest,
  problemsFromZod,
  renderPath
};
