// Bundles the newsroom's browser code next to the compiled server (dist/newsroom/client-build/),
// so a deployed server serves files and never runs the bundler.
import { writeClientBundle } from '../dist/newsroom/client-bundle.js';

await writeClientBundle(new URL('../src/newsroom/client/', import.meta.url).pathname);
