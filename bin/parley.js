#!/usr/bin/env node
// The CLI shell: the compiled entry point (built by `npm install` through the prepare script).
import { failureText, main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(failureText(error));
    process.exitCode = 2;
  },
);
