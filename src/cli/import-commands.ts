/**
 * `midad import page FILE|URL [--publish]`: one saved web page (HTML, or text as a scraper
 * saved it) made a story, a draft for review unless `--publish`. It runs beside a live site:
 * the site notices the commit and shows a published story within a second.
 */
import { readFile } from 'node:fs/promises';
import { absoluteUrl } from '../site/paths.js';
import { importPage, PageImportError, readPage } from '../import/page-import.js';
import { withServices } from './database.js';
import type { CommandGroup } from './main.js';

const fetchTimeoutMs = 20_000;

/** The page's text, and what is known of it: its address and its type. */
async function fetchPage(
  source: string,
): Promise<{ text: string; url: string | null; contentType: string | null }> {
  if (!/^https?:\/\//i.test(source)) {
    const bytes = await readFile(source).catch((error: NodeJS.ErrnoException) => {
      throw new PageImportError(`cannot read ${source}: ${error.code ?? error.message}`);
    });
    return { text: new TextDecoder('utf-8').decode(bytes), url: null, contentType: null };
  }
  let response: Response;
  try {
    response = await fetch(source, {
      signal: AbortSignal.timeout(fetchTimeoutMs),
      headers: { accept: 'text/html, text/plain;q=0.8' },
    });
  } catch (error) {
    throw new PageImportError(`cannot fetch ${source}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new PageImportError(`${source} answered ${response.status}`);
  return {
    text: await response.text(),
    url: response.url || source,
    contentType: response.headers.get('content-type'),
  };
}

export const importCommands: CommandGroup = {
  name: 'import',
  summary: 'bring stories in: page',
  commands: [
    {
      name: 'page',
      summary:
        'import one saved web page (HTML or scraped text) as a draft, or published with --publish',
      usage: 'page FILE|URL [--publish]',
      options: { publish: { type: 'boolean' } },
      allowPositionals: true,
      run: async ({ config, values, positionals, io }) => {
        const [source, ...rest] = positionals;
        if (!source || rest.length > 0) {
          io.error('midad import page: name one file or address');
          return 2;
        }
        let story;
        try {
          const page = await fetchPage(source);
          story = readPage(page.text, page);
        } catch (error) {
          if (!(error instanceof PageImportError)) throw error;
          io.error(`midad import page: ${error.message}`);
          return 1;
        }
        return withServices(config, async (services) => {
          const imported = await importPage(services, story, { publish: values.publish === true });
          const url = (path: string) => absoluteUrl(config.publicUrl, path);
          io.print(
            `Imported «${story.title}» as ${imported.status === 'published' ? 'published' : 'a draft'}, article ${imported.id}: ${url(imported.editorPath)}`,
          );
          if (imported.publicPath) io.print(`Readers see it at ${url(imported.publicPath)}`);
          io.print(
            `${story.body.content.length} paragraph(s)${story.sourceName ? `, source ${story.sourceName}` : ''}.`,
          );
          if (imported.unknownSection) {
            io.print(
              `The page's section «${imported.unknownSection}» is not one of the site's; choose one in the newsroom.`,
            );
          }
          return 0;
        });
      },
    },
  ],
};
