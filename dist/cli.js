#!/usr/bin/env node
import "./chunks/chunk-EJ2SUCMT.js";

// src/cli/index.ts
import module from "node:module";

// src/heap.ts
import { setFlagsFromString } from "node:v8";
function keepHeapNearLive(execArgv = process.execArgv) {
  if (!execArgv.some((a) => a.includes("heap-growing-percent")))
    setFlagsFromString("--heap-growing-percent=60");
}

// src/cli/index.ts
module.enableCompileCache?.();
var command = process.argv[2];
var { main } = await (command === "licence" || command === "license" ? import("./chunks/licence-cli.js") : import("./chunks/main-KXEBBJNP.js"));
if (command === "scan" || command === "check") keepHeapNearLive();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  ...process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}
});
process.exitCode = code;
