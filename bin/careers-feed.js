#!/usr/bin/env node
// careers-feed: convert, validate and describe careers feeds. See --help.
import { main } from '../dist/lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
