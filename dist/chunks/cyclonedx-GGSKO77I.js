import {
  componentFacts,
  componentJson,
  componentModel,
  componentTypeOf,
  purlOf,
  renderCycloneDx
} from "./chunk-DA72LZCT.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-GO5VWACE.js";
import "./chunk-EJ2SUCMT.js";
export {
  componentFacts,
  componentJson,
  componentModel,
  componentTypeOf,
  purlOf,
  renderCycloneDx
};
