import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  defaultEngine
} from "./chunk-EPE4OFPQ.js";
import "./chunk-EVUJGJVS.js";
import "./chunk-YT7LHN6W.js";
import "./chunk-6IR2WSND.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  defaultEngine
};
