/**
 * Browsing the media library, shared by its page and the editor's image dialog: the search
 * field, the page of images the admin API answers for it (asked a moment after typing
 * stops), and the pager under them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Api } from './api.js';
import { number, tr } from './i18n.js';

export interface LibraryPage<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

export function useLibrary<T>(api: Api, perPage: number) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<LibraryPage<T> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => {
      const query = new URLSearchParams({
        page: String(page),
        perPage: String(perPage),
        ...(q.trim() ? { q: q.trim() } : {}),
      });
      api<LibraryPage<T>>('GET', `/media?${query}`)
        .then((found) => {
          setResult(found);
          setProblem(null);
        })
        .catch((error: Error) => setProblem(error.message));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, page, reload]);
  return {
    q,
    /** A new search starts on its first page. */
    search: (text: string) => {
      setQ(text);
      setPage(1);
    },
    page,
    setPage,
    pages: result ? Math.max(1, Math.ceil(result.total / result.perPage)) : 1,
    result,
    problem,
    refresh: () => setReload((n) => n + 1),
  };
}

export function LibrarySearch({
  id,
  q,
  onSearch,
}: {
  id: string;
  q: string;
  onSearch: (q: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{tr('editor.media.search')}</label>
      <input
        id={id}
        type="search"
        dir="auto"
        value={q}
        onInput={(event) => onSearch(event.currentTarget.value)}
      />
    </div>
  );
}

export function LibraryPager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={tr('editor.media.pages')}>
      <button
        type="button"
        class="button button-quiet"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {tr('editor.media.previous')}
      </button>
      <span>{tr('editor.media.page', { page: number(page), pages: number(pages) })}</span>
      <button
        type="button"
        class="button button-quiet"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {tr('editor.media.next')}
      </button>
    </nav>
  );
}
