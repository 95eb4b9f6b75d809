/**
 * The media library in the browser: search and pages of images to pick from, and uploads —
 * several files at once, dropped or chosen, each described (alt text is required, caption and
 * credit optional) and sent with its own progress bar. The server sniffs, limits and strips
 * the bytes; its refusal is shown on the file it concerns, in the user's language.
 */
import { useId, useState } from 'preact/hooks';
import type { EditorImage } from '../editor-config.js';
import type { Api } from './api.js';
import { LibraryPager, LibrarySearch, useLibrary } from './library.js';
import { tr } from './i18n.js';

/** An image as the admin API's library lists it. */
export interface LibraryItem {
  id: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  originalName: string | null;
  width: number;
  height: number;
  src: string;
}

export function editorImageOf(item: LibraryItem): EditorImage {
  return {
    id: item.id,
    alt: item.alt,
    caption: item.caption,
    credit: item.credit,
    thumbnail: item.src,
  };
}

const accepted = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

interface Upload {
  key: string;
  file: File;
  preview: string;
  alt: string;
  caption: string;
  credit: string;
  progress: number | null;
  problem: string | null;
  done: LibraryItem | null;
}

/** Sends one file with its description; `onProgress` hears the share of bytes sent. */
export function uploadImage(
  csrfToken: string,
  upload: Pick<Upload, 'file' | 'alt' | 'caption' | 'credit'>,
  onProgress: (share: number) => void,
): Promise<LibraryItem> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('alt', upload.alt);
    if (upload.caption.trim()) form.append('caption', upload.caption);
    if (upload.credit.trim()) form.append('credit', upload.credit);
    form.append('file', upload.file, upload.file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/admin/media');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const data = request.response as {
        error?: { message?: string; fields?: { message: string }[] };
      } | null;
      if (request.status === 201) return resolve(request.response as LibraryItem);
      const messages = data?.error?.fields?.map((field) => field.message) ?? [];
      reject(
        new Error(
          messages.length > 0
            ? messages.join(' ')
            : (data?.error?.message ?? tr('editor.error.status', { status: request.status })),
        ),
      );
    });
    request.addEventListener('error', () => reject(new Error(tr('editor.save.offline'))));
    request.send(form);
  });
}

export function Uploader({
  csrfToken,
  onUploaded,
  heading: Heading = 'h3',
}: {
  csrfToken: string;
  onUploaded: (item: LibraryItem) => void;
  /** h2 on a page of its own, h3 inside a dialog. */
  heading?: 'h2' | 'h3';
}) {
  const id = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [isOver, setOver] = useState(false);
  const update = (key: string, change: Partial<Upload>) =>
    setUploads((all) =>
      all.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)),
    );
  const add = (files: FileList | null) => {
    if (!files) return;
    const added = [...files].map((file) => ({
      key: `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`,
      file,
      preview: URL.createObjectURL(file),
      alt: '',
      caption: '',
      credit: '',
      progress: null,
      problem: null,
      done: null,
    }));
    setUploads((all) => [...all, ...added]);
  };
  const send = async (upload: Upload) => {
    if (upload.alt.trim() === '')
      return update(upload.key, { problem: tr('editor.upload.needsAlt') });
    update(upload.key, { progress: 0, problem: null });
    try {
      const item = await uploadImage(csrfToken, upload, (share) =>
        update(upload.key, { progress: share }),
      );
      update(upload.key, { done: item, progress: 1 });
      onUploaded(item);
    } catch (error) {
      update(upload.key, { progress: null, problem: (error as Error).message });
    }
  };
  const pending = uploads.filter((upload) => !upload.done);
  return (
    <section class="uploader" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{tr('editor.upload.title')}</Heading>
      <div
        class={isOver ? 'drop-zone drop-zone-over' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          add(event.dataTransfer?.files ?? null);
        }}
      >
        <p>{tr('editor.upload.drop')}</p>
        <label class="button button-quiet" for={`${id}-files`}>
          {tr('editor.upload.choose')}
        </label>
        <input
          id={`${id}-files`}
          class="visually-hidden"
          type="file"
          multiple
          accept={accepted}
          onChange={(event) => {
            add(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
        <p class="hint">{tr('editor.upload.accepted')}</p>
      </div>
      {uploads.length > 0 && (
        <ul class="upload-list">
          {uploads.map((upload) => (
            <li class="upload">
              <img class="upload-preview" src={upload.preview} alt="" />
              <div class="upload-fields">
                <p class="upload-name" dir="auto">
                  {upload.file.name}
                </p>
                {upload.done ? (
                  <p class="notice-ok">{tr('editor.upload.done')}</p>
                ) : (
                  <>
                    <div class="field">
                      <label for={`${upload.key}-alt`}>{tr('editor.upload.alt')}</label>
                      <input
                        id={`${upload.key}-alt`}
                        dir="auto"
                        required
                        maxLength={500}
                        value={upload.alt}
                        onInput={(event) => update(upload.key, { alt: event.currentTarget.value })}
                      />
                    </div>
                    <div class="field">
                      <label for={`${upload.key}-caption`}>{tr('editor.upload.caption')}</label>
                      <input
                        id={`${upload.key}-caption`}
                        dir="auto"
                        maxLength={1000}
                        value={upload.caption}
                        onInput={(event) =>
                          update(upload.key, { caption: event.currentTarget.value })
                        }
                      />
                    </div>
                    <div class="field">
                      <label for={`${upload.key}-credit`}>{tr('editor.upload.credit')}</label>
                      <input
                        id={`${upload.key}-credit`}
                        dir="auto"
                        maxLength={300}
                        value={upload.credit}
                        onInput={(event) =>
                          update(upload.key, { credit: event.currentTarget.value })
                        }
                      />
                    </div>
                  </>
                )}
                {upload.progress !== null && !upload.done && (
                  <progress
                    max={1}
                    value={upload.progress}
                    aria-label={tr('editor.upload.progress', { name: upload.file.name })}
                  />
                )}
                {upload.problem && (
                  <p class="field-error" role="alert">
                    {upload.problem}
                  </p>
                )}
                {!upload.done && upload.progress === null && (
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => {
                      URL.revokeObjectURL(upload.preview);
                      setUploads((all) => all.filter((other) => other.key !== upload.key));
                    }}
                  >
                    {tr('editor.upload.remove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {pending.length > 0 && (
        <button
          type="button"
          class="button upload-send"
          disabled={pending.some((upload) => upload.progress !== null)}
          onClick={() => pending.forEach((upload) => void send(upload))}
        >
          {tr('editor.upload.send', { count: pending.length })}
        </button>
      )}
    </section>
  );
}

/** The library, searchable and in pages, each image a button that picks it. */
export function MediaPicker({
  api,
  csrfToken,
  onPick,
}: {
  api: Api;
  csrfToken: string;
  onPick: (image: EditorImage) => void;
}) {
  const id = useId();
  const library = useLibrary<LibraryItem>(api, 12);
  const { result, problem } = library;
  return (
    <div class="media-picker">
      <LibrarySearch id={`${id}-q`} q={library.q} onSearch={library.search} />
      {problem && (
        <p class="alert" role="alert">
          {problem}
        </p>
      )}
      {result && result.items.length === 0 && <p>{tr('editor.media.empty')}</p>}
      {result && result.items.length > 0 && (
        <ul class="media-grid">
          {result.items.map((item) => (
            <li>
              <button
                type="button"
                class="media-choice"
                onClick={() => onPick(editorImageOf(item))}
              >
                <img src={item.src} alt="" />
                <span dir="auto">{item.alt}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <LibraryPager page={library.page} pages={library.pages} onPage={library.setPage} />
      <Uploader csrfToken={csrfToken} onUploaded={library.refresh} />
    </div>
  );
}
