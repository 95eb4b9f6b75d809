/**
 * Which article this one translates: searched by title among the other language's articles
 * and chosen from the results. An article that another translates shows that one instead (a
 * translation is never itself translated, so there is nothing to choose).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { EditorLanguage, EditorStatus, EditorTranslation } from '../editor-config.js';
import { articleEditorPath } from '../paths.js';
import type { PanelProps } from './metadata-panel.js';
import { FieldError } from './panel-fields.js';
import { tr } from './i18n.js';

interface Candidate {
  id: number;
  title: string;
  language: EditorLanguage;
  status: EditorStatus;
  translationOfId: number | null;
}

function TranslatedAs({ translation }: { translation: EditorTranslation }) {
  return (
    <div class="field">
      <p class="field-label">{tr('editor.translation.translatedAs')}</p>
      <p>
        <a href={articleEditorPath(translation.id)} lang={translation.language} dir="auto">
          {translation.title}
        </a>{' '}
        <span class="hint">({tr(`editor.status.${translation.status}`)})</span>
      </p>
    </div>
  );
}

export function TranslationField({ api, config, articleId, fields, errors, change }: PanelProps) {
  const id = useId();
  const known = config.article?.translation ?? null;
  const [chosen, setChosen] = useState<{ id: number; title: string } | null>(
    known?.isOriginal ? known : null,
  );
  const [text, setText] = useState('');
  const [results, setResults] = useState<Candidate[] | null>(null);
  const otherLanguage: EditorLanguage = fields.language === 'ar' ? 'en' : 'ar';
  useEffect(() => {
    const q = text.trim();
    if (q === '') return setResults(null);
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ q, language: otherLanguage, perPage: '8' });
      api<{ items: Candidate[] }>('GET', `/articles?${query}`)
        .then((page) =>
          // A translation is never an original: only the others can be chosen.
          setResults(
            page.items.filter((item) => item.translationOfId === null && item.id !== articleId),
          ),
        )
        .catch(() => setResults([]));
    }, 300);
    return () => clearTimeout(timer);
  }, [text, otherLanguage]);

  if (known && !known.isOriginal) return <TranslatedAs translation={known} />;
  const selected = fields.translationOfId;
  const original =
    selected === null
      ? null
      : { id: selected, title: chosen?.id === selected ? chosen.title : `#${selected}` };
  return (
    <fieldset class="field">
      <legend>{tr('editor.field.translationOf')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {tr('editor.translation.hint')}
      </p>
      {original !== null ? (
        <p class="chosen-translation">
          <a href={articleEditorPath(original.id)} dir="auto" lang={otherLanguage}>
            {original.title}
          </a>{' '}
          <button
            type="button"
            class="icon-button"
            onClick={() => change({ translationOfId: null })}
          >
            {tr('editor.translation.remove')}
          </button>
        </p>
      ) : (
        <>
          <label for={id}>{tr('editor.translation.search')}</label>
          <input
            id={id}
            type="search"
            dir="auto"
            value={text}
            maxLength={200}
            aria-describedby={`${id}-hint`}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          {results !== null && (
            <ul class="translation-results" aria-live="polite">
              {results.length === 0 ? (
                <li class="hint">{tr('editor.translation.none')}</li>
              ) : (
                results.map((item) => (
                  <li>
                    <button
                      type="button"
                      class="button button-quiet"
                      onClick={() => {
                        setChosen({ id: item.id, title: item.title });
                        setText('');
                        change({ translationOfId: item.id });
                      }}
                    >
                      <span dir="auto" lang={item.language}>
                        {item.title}
                      </span>{' '}
                      <span class="hint">({tr(`editor.status.${item.status}`)})</span>
                    </button>
                  </li>
                ))
              )}
            </ul>
          )}
        </>
      )}
      <FieldError errors={errors} name="translationOfId" id={`${id}-error`} />
    </fieldset>
  );
}
