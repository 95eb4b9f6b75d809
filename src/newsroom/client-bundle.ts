/**
 * The newsroom's browser code (the article editor and the media library), bundled by esbuild
 * into content-hashed files that are served from `/admin/assets/client/` and cached immutably.
 *
 * `npm run build` writes the bundle next to the compiled server (`dist/newsroom/client/`,
 * with a manifest), so a deployed server only reads files. Run from the sources (tests,
 * `npm run dev`), the bundle is made in memory on first use, once per process.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { newsroomPrefix } from './paths.js';

/** The pages that run code in the browser, each with its entry module in `client/`. */
export const clientEntries = {
  editor: 'editor.tsx',
  media: 'media-library.tsx',
} as const;
export type ClientEntry = keyof typeof clientEntries;

export interface ClientFile {
  body: Buffer;
  contentType: string;
}

export interface ClientBundle {
  /** The address of each entry's script. */
  scripts: Record<ClientEntry, string>;
  /** Keyed by file name under `/admin/assets/`. */
  files: Map<string, ClientFile>;
}

interface Manifest {
  scripts: Record<ClientEntry, string>;
  files: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const builtDirectory = path.join(here, 'client-build');

/** esbuild's options, the same for the build step and for the in-memory bundle. */
function buildOptions(sourceDirectory: string): BuildOptions & { metafile: true } {
  return {
    entryPoints: Object.fromEntries(
      Object.entries(clientEntries).map(([name, file]) => [name, path.join(sourceDirectory, file)]),
    ),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    entryNames: '[name].[hash]',
    chunkNames: 'shared.[hash]',
    outdir: builtDirectory,
    metafile: true,
    logLevel: 'silent',
  };
}

/** Bundles the sources, in memory or (`write`) into the build directory. */
async function bundle(sourceDirectory: string, write: boolean): Promise<ClientBundle> {
  const { build } = await import('esbuild');
  const result = await build({ ...buildOptions(sourceDirectory), write });
  const outputs = Object.entries(result.metafile?.outputs ?? {});
  const scripts = {} as Record<ClientEntry, string>;
  for (const [name, file] of Object.entries(clientEntries) as [ClientEntry, string][]) {
    const output = outputs.find(([, { entryPoint }]) => entryPoint?.endsWith(file));
    if (!output) throw new Error(`the client bundle has no ${name} script`);
    scripts[name] = `${newsroomPrefix}/assets/client/${path.basename(output[0])}`;
  }
  const files = new Map<string, ClientFile>();
  for (const file of result.outputFiles ?? [])
    files.set(path.basename(file.path), asset(file.contents));
  return { scripts, files };
}

function asset(bytes: Uint8Array): ClientFile {
  return { body: Buffer.from(bytes), contentType: 'text/javascript; charset=utf-8' };
}

/** The build step: the bundle written next to the compiled server, with its manifest. */
export async function writeClientBundle(sourceDirectory: string): Promise<void> {
  // A rebuild starts clean: old hashed files are not kept beside the new ones.
  await rm(builtDirectory, { recursive: true, force: true });
  const { scripts } = await bundle(sourceDirectory, true);
  const names = (await readdir(builtDirectory)).filter((name) => name.endsWith('.js'));
  const manifest: Manifest = { scripts, files: names };
  await writeFile(path.join(builtDirectory, 'manifest.json'), JSON.stringify(manifest));
}

async function readBuiltBundle(): Promise<ClientBundle | null> {
  const manifestText = await readFile(path.join(builtDirectory, 'manifest.json'), 'utf8').catch(
    () => null,
  );
  if (manifestText === null) return null;
  const manifest = JSON.parse(manifestText) as Manifest;
  const files = new Map<string, ClientFile>();
  for (const name of manifest.files) {
    files.set(name, asset(await readFile(path.join(builtDirectory, name))));
  }
  return { scripts: manifest.scripts, files };
}

let loading: Promise<ClientBundle> | null = null;

/** The bundle: the built one when there is one, else made from the sources (once). */
export function clientBundle(): Promise<ClientBundle> {
  loading ??= readBuiltBundle().then((built) => built ?? bundle(path.join(here, 'client'), false));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
