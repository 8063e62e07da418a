#!/usr/bin/env node
// The CLI shell: the compiled entry point (built by `npm install` through the prepare script).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`parley: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
