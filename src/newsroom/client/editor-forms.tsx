/**
 * The editor's small forms, each in a dialog: a link (checked against the schema's own rule
 * before it is applied), an embed (a YouTube or X address, recognised or refused), and the
 * moment to publish at (wall-clock time in the site's time zone).
 */
import { useState } from 'preact/hooks';
import { embedFromUrl, isSafeHref } from '../../content/document-schema.js';
import { tr } from './i18n.js';

export function LinkForm({
  href,
  onDone,
}: {
  href: string;
  onDone: (href: string | null) => void;
}) {
  const [value, setValue] = useState(href);
  const [isBad, setBad] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = value.trim();
        if (!isSafeHref(trimmed)) return setBad(true);
        onDone(trimmed);
      }}
    >
      <div class="field">
        <label for="link-href">{tr('editor.link.address')}</label>
        <input
          id="link-href"
          dir="ltr"
          value={value}
          autoFocus
          aria-invalid={isBad || undefined}
          aria-describedby="link-hint"
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setBad(false);
          }}
        />
        <p class={isBad ? 'field-error' : 'hint'} id="link-hint">
          {isBad ? tr('editor.link.bad') : tr('editor.link.hint')}
        </p>
      </div>
      <div class="button-row">
        <button type="submit" class="button">
          {tr('editor.link.apply')}
        </button>
        {href && (
          <button type="button" class="button button-quiet" onClick={() => onDone(null)}>
            {tr('editor.link.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

export function EmbedForm({
  onDone,
}: {
  onDone: (attrs: NonNullable<ReturnType<typeof embedFromUrl>>) => void;
}) {
  const [value, setValue] = useState('');
  const [isBad, setBad] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const attrs = embedFromUrl(value.trim());
        if (!attrs) return setBad(true);
        onDone(attrs);
      }}
    >
      <div class="field">
        <label for="embed-url">{tr('editor.embedDialog.address')}</label>
        <input
          id="embed-url"
          dir="ltr"
          type="url"
          value={value}
          autoFocus
          aria-invalid={isBad || undefined}
          aria-describedby="embed-hint"
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setBad(false);
          }}
        />
        <p class={isBad ? 'field-error' : 'hint'} id="embed-hint">
          {isBad ? tr('editor.embedDialog.bad') : tr('editor.embedDialog.hint')}
        </p>
      </div>
      <button type="submit" class="button">
        {tr('editor.embedDialog.insert')}
      </button>
    </form>
  );
}

/** A wall-clock time in the site's time zone, which the API reads as such. */
export function ScheduleForm({
  timeZone,
  onDone,
}: {
  timeZone: string;
  onDone: (at: string) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onDone(value);
      }}
    >
      <div class="field">
        <label for="schedule-at">{tr('editor.schedule.at')}</label>
        <input
          id="schedule-at"
          type="datetime-local"
          required
          value={value}
          aria-describedby="schedule-hint"
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <p class="hint" id="schedule-hint">
          {tr('editor.schedule.zone', { zone: timeZone })}
        </p>
      </div>
      <button type="submit" class="button">
        {tr('editor.action.schedule')}
      </button>
    </form>
  );
}
