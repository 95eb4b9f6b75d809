/** The program behind `midad` (bin/midad.js runs the compiled copy; `npm run dev` runs this with tsx). */
import { run } from './main.js';

run(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`midad: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
