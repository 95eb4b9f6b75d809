/**
 * recall@10 and MRR over a relevance set. Recall of one query is the share of its expected
 * articles among the first ten results; its reciprocal rank is 1 / the rank of the first
 * expected article found (0 when none is). Both are averaged over queries, overall and per group.
 */
import type { QueryGroup, RelevanceQuery } from './queries.js';

export const cutoff = 10;

export interface QueryOutcome {
  query: RelevanceQuery;
  recall: number;
  reciprocalRank: number;
}

export function judge(query: RelevanceQuery, results: string[]): QueryOutcome {
  const top = results.slice(0, cutoff);
  const found = query.expect.filter((key) => top.includes(key)).length;
  const firstRank = top.findIndex((key) => query.expect.includes(key));
  return {
    query,
    recall: query.expect.length === 0 ? 1 : found / query.expect.length,
    reciprocalRank: firstRank === -1 ? 0 : 1 / (firstRank + 1),
  };
}

export interface Score {
  queries: number;
  recall: number;
  mrr: number;
}

export function score(outcomes: QueryOutcome[]): Score {
  const mean = (values: number[]) =>
    values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    queries: outcomes.length,
    recall: mean(outcomes.map((o) => o.recall)),
    mrr: mean(outcomes.map((o) => o.reciprocalRank)),
  };
}

export function scoreByGroup(outcomes: QueryOutcome[]): Map<QueryGroup, Score> {
  const groups = new Map<QueryGroup, QueryOutcome[]>();
  for (const outcome of outcomes) {
    const list = groups.get(outcome.query.group) ?? [];
    list.push(outcome);
    groups.set(outcome.query.group, list);
  }
  return new Map([...groups].map(([group, list]) => [group, score(list)]));
}
