#!/usr/bin/env node
// Runs the compiled command line (dist/, built on install); see the README's Development section.
import { main } from '../dist/main.js';

// A reader that stops early (`amend parse big.md | head`) closes our output: end quietly, with the
// status of a Unix tool that SIGPIPE ended (128 + 13), so the work left undone is never taken for success.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(141);
    throw e;
  });
}

process.exitCode = await main(process.argv);
