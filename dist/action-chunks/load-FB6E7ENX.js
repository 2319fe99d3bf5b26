import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  loadPolicy,
  presetNames
} from "./chunk-IL7OCFRK.js";
import "./chunk-6WOKV2N4.js";
import "./chunk-YEEXVRR3.js";
import "./chunk-EVUJGJVS.js";
import "./chunk-6IR2WSND.js";
import "./chunk-5TN6TBUA.js";
import "./chunk-2RFPXPHP.js";
import "./chunk-LZD5JRDE.js";
import "./chunk-A4DY5VKQ.js";
import "./chunk-IS7GHXRZ.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  loadPolicy,
  presetNames
};
