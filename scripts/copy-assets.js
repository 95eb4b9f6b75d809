// Copies the files the compiled code reads at run time (stylesheets) next to it in dist/.
import { cpSync } from 'node:fs';

cpSync(
  new URL('../src/site/assets/', import.meta.url),
  new URL('../dist/site/assets/', import.meta.url),
  {
    recursive: true,
  },
);
