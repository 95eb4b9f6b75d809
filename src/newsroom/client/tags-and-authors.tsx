/**
 * The article's tags and authors: tags suggested from the site's own as they are typed (a new
 * name is made a tag when the article is saved), authors chosen from the people and put in
 * order with buttons.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { EditorChoice } from '../editor-config.js';
import type { PanelProps } from './metadata-panel.js';
import { FieldError } from './panel-fields.js';
import { tr } from './i18n.js';

export function TagsField({ api, fields, errors, change }: PanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  useEffect(() => {
    const q = text.trim();
    if (q === '') return setSuggestions([]);
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ q, language: fields.language, perPage: '10' });
      api<{ items: { name: string }[] }>('GET', `/tags?${query}`)
        .then((page) => setSuggestions(page.items.map((tag) => tag.name)))
        .catch(() => setSuggestions([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [text, fields.language]);
  const add = (name: string) => {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean === '' || fields.tagNames.includes(clean)) return setText('');
    change({ tagNames: [...fields.tagNames, clean] });
    setText('');
  };
  return (
    <div class="field">
      <label for={id}>{tr('editor.field.tags')}</label>
      {fields.tagNames.length > 0 && (
        <ul class="chips" aria-label={tr('editor.tags.chosen')}>
          {fields.tagNames.map((name) => (
            <li class="chip">
              <span dir="auto">{name}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={tr('editor.tags.remove', { name })}
                onClick={() => change({ tagNames: fields.tagNames.filter((tag) => tag !== name) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        dir="auto"
        list={`${id}-list`}
        value={text}
        maxLength={100}
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          const value = event.currentTarget.value;
          // A comma (Latin or Arabic) ends a tag, as Enter does.
          if (/[,،]$/.test(value)) add(value.slice(0, -1));
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          }
        }}
        onBlur={() => add(text)}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((name) => (
          <option value={name} />
        ))}
      </datalist>
      <p class="hint" id={`${id}-hint`}>
        {tr('editor.tags.hint')}
      </p>
      <FieldError errors={errors} name="tagNames" id={`${id}-error`} />
    </div>
  );
}

export function AuthorsField({ config, fields, change }: PanelProps) {
  const id = useId();
  const byId = new Map<number, EditorChoice>(config.people.map((person) => [person.id, person]));
  const ids = fields.authorIds;
  const move = (index: number, by: number) => {
    const next = [...ids];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    change({ authorIds: next });
  };
  const others = config.people.filter((person) => !ids.includes(person.id));
  return (
    <fieldset class="field">
      <legend>{tr('editor.field.authors')}</legend>
      {ids.length === 0 ? (
        <p class="hint">{tr('editor.authors.none')}</p>
      ) : (
        <ol class="authors">
          {ids.map((personId, index) => {
            const name = byId.get(personId)?.name ?? `#${personId}`;
            return (
              <li>
                <span dir="auto">{name}</span>
                <span class="author-actions">
                  <button
                    type="button"
                    class="icon-button"
                    disabled={index === 0}
                    aria-label={tr('editor.authors.earlier', { name })}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    disabled={index === ids.length - 1}
                    aria-label={tr('editor.authors.later', { name })}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={tr('editor.authors.remove', { name })}
                    onClick={() => change({ authorIds: ids.filter((other) => other !== personId) })}
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <label for={id} class="visually-hidden">
            {tr('editor.authors.add')}
          </label>
          <select
            id={id}
            value=""
            onChange={(event) => {
              const value = Number(event.currentTarget.value);
              if (value > 0) change({ authorIds: [...ids, value] });
            }}
          >
            <option value="">{tr('editor.authors.add')}</option>
            {others.map((person) => (
              <option value={person.id}>{person.name}</option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
