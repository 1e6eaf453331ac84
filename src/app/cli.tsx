#!/usr/bin/env node
// The command's entry point, kept small: it asks the terminal for its background at once
// (cli-early.ts), then loads the command itself (cli-main.tsx), which takes most of start-up.
import { askBackgroundEarly } from './cli-early.js';

askBackgroundEarly();
const { runCli } = await import('./cli-main.js');
runCli(import.meta.url);
