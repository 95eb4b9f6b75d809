/**
 * The revisions panel: every saved version with who and when, a word-level diff between any
 * two (the server computes it), and restoring one — which makes a new revision, so restoring
 * loses nothing either.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Api } from './api.js';
import { moment, number, tr, type EditorMessageKey } from './i18n.js';

interface Revision {
  id: number;
  version: number;
  kind: 'created' | 'saved' | 'restored' | 'status' | 'refused';
  actorName: string;
  createdAt: string;
}

interface DiffPart {
  kind: 'equal' | 'inserted' | 'deleted';
  text: string;
}

interface RevisionDiff {
  title: DiffPart[];
  subtitle: DiffPart[];
  excerpt: DiffPart[];
  body: DiffPart[];
  changedFields: string[];
}

const diffSections: [keyof Omit<RevisionDiff, 'changedFields'>, EditorMessageKey][] = [
  ['title', 'editor.field.title'],
  ['subtitle', 'editor.field.subtitle'],
  ['excerpt', 'editor.field.excerpt'],
  ['body', 'editor.field.body'],
];

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff" dir="auto">
      {parts.map((part) =>
        part.kind === 'inserted' ? (
          <ins>{part.text}</ins>
        ) : part.kind === 'deleted' ? (
          <del>{part.text}</del>
        ) : (
          <span>{part.text}</span>
        ),
      )}
    </p>
  );
}

export function RevisionsPanel(props: {
  api: Api;
  articleId: number;
  /** The article's version now: a new one reloads the list. */
  version: number;
  timeZone: string;
  restore(revisionId: number): Promise<void>;
}) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    props
      .api<{ items: Revision[] }>('GET', `/articles/${props.articleId}/revisions`)
      .then(({ items }) => {
        setRevisions(items);
        setTo(items[0]?.id ?? null);
        setFrom(items[1]?.id ?? items[0]?.id ?? null);
      })
      .catch((error: Error) => setProblem(error.message));
  }, [props.articleId, props.version]);

  useEffect(() => {
    if (from === null || to === null || from === to) return setDiff(null);
    props
      .api<RevisionDiff>('GET', `/articles/${props.articleId}/revisions/${from}/diff?to=${to}`)
      .then(setDiff)
      .catch((error: Error) => setProblem(error.message));
  }, [from, to]);

  if (problem)
    return (
      <p class="alert" role="alert">
        {problem}
      </p>
    );
  if (revisions === null) return <p aria-live="polite">{tr('editor.loading')}</p>;
  return (
    <div class="revisions">
      <table class="revision-list">
        <caption class="visually-hidden">{tr('editor.revisions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('editor.revisions.from')}</th>
            <th scope="col">{tr('editor.revisions.to')}</th>
            <th scope="col">{tr('editor.revisions.version')}</th>
            <th scope="col">{tr('editor.revisions.who')}</th>
            <th scope="col">{tr('editor.revisions.when')}</th>
            <th scope="col">{tr('editor.revisions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision, index) => (
            <tr>
              <td>
                <input
                  type="radio"
                  name="revision-from"
                  checked={from === revision.id}
                  aria-label={tr('editor.revisions.compareFrom', { version: revision.version })}
                  onChange={() => setFrom(revision.id)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="revision-to"
                  checked={to === revision.id}
                  aria-label={tr('editor.revisions.compareTo', { version: revision.version })}
                  onChange={() => setTo(revision.id)}
                />
              </td>
              <td>
                {number(revision.version)}
                <span class="revision-kind"> · {tr(`editor.revisionKind.${revision.kind}`)}</span>
              </td>
              <td dir="auto">{revision.actorName}</td>
              <td>{moment(revision.createdAt, props.timeZone)}</td>
              <td>
                {index > 0 && (
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => void props.restore(revision.id)}
                  >
                    {tr('editor.revisions.restore')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff && (
        <section class="diff-view" aria-label={tr('editor.revisions.diff')}>
          {diff.changedFields.length === 0 ? (
            <p>{tr('editor.revisions.same')}</p>
          ) : (
            diffSections
              .filter(([field]) => diff[field].some((part) => part.kind !== 'equal'))
              .map(([field, label]) => (
                <div class="diff-field">
                  <h3>{tr(label)}</h3>
                  <Parts parts={diff[field]} />
                </div>
              ))
          )}
        </section>
      )}
    </div>
  );
}
