#!/usr/bin/env node
// The `midad` command. The TypeScript sources are compiled to dist/ by `npm install`
// (the package's prepare script) or `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/bin.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('midad: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
await import(entry.href);
