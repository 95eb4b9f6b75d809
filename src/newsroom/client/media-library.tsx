/**
 * The media library's page: uploads (several at once, dropped or chosen, with progress per
 * file), then the library itself, searchable and in pages, each image with its alt text,
 * caption and credit editable in place and a delete that the server refuses while an article
 * still shows the image.
 */
import { render } from 'preact';
import { useId, useState } from 'preact/hooks';
import { mediaConfigAttribute, type MediaLibraryConfig } from '../editor-config.js';
import { ApiError, createApi, type Api } from './api.js';
import { Dialog } from './dialog.js';
import { moment, number, tr, useLanguage } from './i18n.js';
import { LibraryPager, LibrarySearch, useLibrary } from './library.js';
import { Uploader, type LibraryItem } from './media-picker.js';

interface ListedItem extends LibraryItem {
  createdAt: string;
  uploadedBy: { id: number; name: string } | null;
}

function ItemEditor(props: {
  api: Api;
  config: MediaLibraryConfig;
  item: ListedItem;
  onDelete: (item: ListedItem) => void;
}) {
  const { item, config } = props;
  const id = useId();
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption ?? '');
  const [credit, setCredit] = useState(item.credit ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mayChange = config.canManageAll || item.uploadedBy?.id === config.userId;
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await props.api('PATCH', `/media/${item.id}`, {
        alt,
        caption: caption.trim() || null,
        credit: credit.trim() || null,
      });
      setMessage({ ok: true, text: tr('editor.library.saved') });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
  };
  return (
    <li class="library-item">
      <img class="library-image" src={item.src} alt="" width={item.width} height={item.height} />
      <form
        class="library-fields"
        onSubmit={(event) => void save(event)}
        aria-labelledby={`${id}-name`}
      >
        <p class="upload-name" id={`${id}-name`} dir="auto">
          {item.originalName ?? tr('editor.library.unnamed', { id: item.id })}
        </p>
        <p class="hint">
          {tr('editor.library.facts', {
            width: number(item.width),
            height: number(item.height),
            who: item.uploadedBy?.name ?? '—',
            when: moment(item.createdAt, config.timeZone),
          })}
        </p>
        <div class="field">
          <label for={`${id}-alt`}>{tr('editor.upload.alt')}</label>
          <input
            id={`${id}-alt`}
            dir="auto"
            required
            maxLength={500}
            value={alt}
            disabled={!mayChange}
            onInput={(event) => setAlt(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-caption`}>{tr('editor.upload.caption')}</label>
          <input
            id={`${id}-caption`}
            dir="auto"
            maxLength={1000}
            value={caption}
            disabled={!mayChange}
            onInput={(event) => setCaption(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-credit`}>{tr('editor.upload.credit')}</label>
          <input
            id={`${id}-credit`}
            dir="auto"
            maxLength={300}
            value={credit}
            disabled={!mayChange}
            onInput={(event) => setCredit(event.currentTarget.value)}
          />
        </div>
        {message && (
          <p
            class={message.ok ? 'notice-ok' : 'field-error'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        )}
        {mayChange && (
          <div class="button-row">
            <button type="submit" class="button">
              {tr('editor.library.save')}
            </button>
            <button type="button" class="button button-quiet" onClick={() => props.onDelete(item)}>
              {tr('editor.library.delete')}
            </button>
          </div>
        )}
      </form>
    </li>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.fields.length > 0) {
    return error.fields.map((field) => field.message).join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}

function MediaLibrary({ config }: { config: MediaLibraryConfig }) {
  const api = createApi(config.csrfToken);
  const id = useId();
  const library = useLibrary<ListedItem>(api, 24);
  const { result, problem, refresh } = library;
  const [deleting, setDeleting] = useState<ListedItem | null>(null);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  return (
    <div class="media-library">
      <Uploader csrfToken={config.csrfToken} onUploaded={refresh} heading="h2" />
      <section class="library" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{tr('editor.library.title')}</h2>
        <LibrarySearch id={`${id}-q`} q={library.q} onSearch={library.search} />
        {result && (
          <p class="hint" aria-live="polite">
            {tr('editor.library.count', { count: result.total })}
          </p>
        )}
        {problem && (
          <p class="alert" role="alert">
            {problem}
          </p>
        )}
        {result && result.items.length > 0 && (
          <ul class="library-list">
            {result.items.map((item) => (
              <ItemEditor
                key={item.id}
                api={api}
                config={config}
                item={item}
                onDelete={(chosen) => {
                  setDeleteProblem(null);
                  setDeleting(chosen);
                }}
              />
            ))}
          </ul>
        )}
        <LibraryPager page={library.page} pages={library.pages} onPage={library.setPage} />
      </section>
      <Dialog
        isOpen={deleting !== null}
        title={tr('editor.library.deleteTitle')}
        onClose={() => setDeleting(null)}
      >
        {deleting && (
          <>
            <img class="library-image" src={deleting.src} alt="" />
            <p dir="auto">{tr('editor.library.deleteQuestion', { alt: deleting.alt })}</p>
            {deleteProblem && (
              <p class="field-error" role="alert">
                {deleteProblem}
              </p>
            )}
            <div class="button-row">
              <button
                type="button"
                class="button"
                onClick={() => {
                  api('DELETE', `/media/${deleting.id}`)
                    .then(() => {
                      setDeleting(null);
                      refresh();
                    })
                    .catch((error: unknown) => setDeleteProblem(messageOf(error)));
                }}
              >
                {tr('editor.library.delete')}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setDeleting(null)}>
                {tr('editor.cancel')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}

const root = document.getElementById('media-library');
const configText = root?.getAttribute(mediaConfigAttribute);
if (root && configText) {
  const config = JSON.parse(configText) as MediaLibraryConfig;
  useLanguage(config.language, config.localeTag);
  root.replaceChildren();
  render(<MediaLibrary config={config} />, root);
}
