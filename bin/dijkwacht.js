#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript (npm run build).
import '../dist/src/cli/main.js';
