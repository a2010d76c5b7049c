#!/usr/bin/env node
// Runs the compiled command line (dist/, built on install); see the README's Development section.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv);
