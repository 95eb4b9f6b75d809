/** `midad backup` and `midad restore`: a copy of the running site, and the site made from one. */
import path from 'node:path';
import type { CliIo } from './io.js';
import { backup, BackupError, restore, type BackupManifest } from './backup.js';
import type { Command } from './main.js';

function describeMedia(manifest: BackupManifest): string {
  if (manifest.media === 'bucket') return 'images stay in the S3 bucket';
  const { files, missing } = manifest.media;
  return missing.length === 0
    ? `${files} media file(s)`
    : `${files} media file(s); ${missing.length} image(s) deleted during the backup are missing: ${missing.join(', ')}`;
}

/** Runs a backup or a restore; what went wrong with it is the command's one line and exit 1. */
async function reported(
  io: CliIo,
  command: string,
  work: () => Promise<BackupManifest>,
  done: (manifest: BackupManifest) => string,
): Promise<number> {
  try {
    io.print(done(await work()));
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    io.error(`midad ${command}: ${error.message}`);
    return 1;
  }
}

export const backupCommands: Command[] = [
  {
    name: 'backup',
    summary: 'copy the database and the media into a new folder, while the site keeps serving',
    usage: '[--out FOLDER]',
    options: { out: { type: 'string' } },
    run: async ({ config, values, io }) => {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
      const target = path.resolve(
        typeof values.out === 'string' ? values.out : `midad-backup-${stamp}`,
      );
      return reported(
        io,
        'backup',
        () => backup(config, target, new Date()),
        (manifest) =>
          `Backed up ${manifest.articles} article(s), ${manifest.migrations.length} migration(s) and ${describeMedia(manifest)} to ${target}`,
      );
    },
  },
  {
    name: 'restore',
    summary: 'make the site the backup in FOLDER (stop the site first; --replace overwrites one)',
    usage: 'FOLDER [--replace]',
    options: { replace: { type: 'boolean' } },
    allowPositionals: true,
    run: async ({ config, values, positionals, io }) => {
      const [source, ...rest] = positionals;
      if (!source || rest.length > 0) {
        io.error('midad restore: name one backup folder');
        return 2;
      }
      return reported(
        io,
        'restore',
        () => restore(config, path.resolve(source), { replace: values.replace === true }),
        (manifest) =>
          `Restored ${manifest.articles} article(s) and ${describeMedia(manifest)} from the backup of ${manifest.createdAt}. Start the site (midad serve) to serve them.`,
      );
    },
  },
];
