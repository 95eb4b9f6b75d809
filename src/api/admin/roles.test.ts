/**
 * Each role against each action, through HTTP with the role's own token: what the table in
 * `core/permissions.ts` and `content/workflow.ts` promises is what the API does, whatever a
 * client sends (no newsroom page is involved).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/actor.js';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import {
  adminApi,
  doc,
  seedNewsroom,
  uniqueEmail,
  type Member,
  type Newsroom,
} from '../../test-support/newsroom.js';

const roles: Role[] = ['administrator', 'editor', 'author', 'contributor'];

describe.each(testDialects)('roles on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;
  let n = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(() => test.close());

  const as = (role: Role) => newsroom[role];
  const api = (member: Member) => adminApi(test.app, member);
  const draftBy = async (member: Member) => {
    const response = await api(member).post<{ id: number }>('/articles', {
      title: `مسودة رقم ${++n}`,
      body: doc('نص قصير للتجربة.'),
    });
    expect(response.status).toBe(201);
    return response.body.id;
  };

  type Case = [string, Record<Role, number>, (member: Member) => Promise<number>];
  const cases: Case[] = [
    [
      'create an article',
      { administrator: 201, editor: 201, author: 201, contributor: 201 },
      async (m) => (await api(m).post('/articles', { title: 'خبر', body: doc('نص.') })).status,
    ],
    [
      'edit their own draft',
      { administrator: 200, editor: 200, author: 200, contributor: 200 },
      async (m) => {
        const id = await draftBy(m);
        return (await api(m).patch(`/articles/${id}`, { version: 1, title: 'عنوان جديد' })).status;
      },
    ],
    [
      'edit someone else’s article',
      { administrator: 200, editor: 200, author: 403, contributor: 403 },
      async (m) => {
        const id = await draftBy(newsroom.otherAuthor);
        return (await api(m).patch(`/articles/${id}`, { version: 1, title: 'تعديل' })).status;
      },
    ],
    [
      'submit their own draft for review',
      { administrator: 200, editor: 200, author: 200, contributor: 200 },
      async (m) => (await api(m).post(`/articles/${await draftBy(m)}/submit`)).status,
    ],
    [
      'publish their own article',
      { administrator: 200, editor: 200, author: 200, contributor: 403 },
      async (m) => (await api(m).post(`/articles/${await draftBy(m)}/publish`)).status,
    ],
    [
      'publish someone else’s article',
      { administrator: 200, editor: 200, author: 403, contributor: 403 },
      async (m) =>
        (await api(m).post(`/articles/${await draftBy(newsroom.otherAuthor)}/publish`)).status,
    ],
    [
      'schedule their own article',
      { administrator: 200, editor: 200, author: 200, contributor: 403 },
      async (m) =>
        (
          await api(m).post(`/articles/${await draftBy(m)}/schedule`, {
            scheduledAt: '2099-01-01T10:00',
          })
        ).status,
    ],
    [
      'archive their own article',
      { administrator: 200, editor: 200, author: 403, contributor: 403 },
      async (m) => (await api(m).post(`/articles/${await draftBy(m)}/archive`)).status,
    ],
    [
      'delete their own draft',
      { administrator: 204, editor: 204, author: 204, contributor: 204 },
      async (m) => (await api(m).delete(`/articles/${await draftBy(m)}`)).status,
    ],
    [
      'delete someone else’s draft',
      { administrator: 204, editor: 204, author: 403, contributor: 403 },
      async (m) => (await api(m).delete(`/articles/${await draftBy(newsroom.otherAuthor)}`)).status,
    ],
    [
      'create a section',
      { administrator: 201, editor: 201, author: 403, contributor: 403 },
      async (m) => (await api(m).post('/sections', { name: `قسم ${++n}` })).status,
    ],
    [
      'make a tag while writing',
      { administrator: 201, editor: 201, author: 201, contributor: 201 },
      async (m) => (await api(m).post('/tags', { name: `وسم ${++n}` })).status,
    ],
    [
      'rename a tag',
      { administrator: 200, editor: 200, author: 403, contributor: 403 },
      async (m) => {
        const tag = await api(newsroom.editor).post<{ id: number }>('/tags', {
          name: `وسم ${++n}`,
        });
        return (await api(m).patch(`/tags/${tag.body.id}`, { name: `وسم آخر ${++n}` })).status;
      },
    ],
    [
      'add a person to byline',
      { administrator: 201, editor: 201, author: 403, contributor: 403 },
      async (m) => (await api(m).post('/people', { name: `كاتب ${++n}` })).status,
    ],
    [
      'change the site settings',
      { administrator: 200, editor: 403, author: 403, contributor: 403 },
      async (m) => (await api(m).patch('/settings', { timeZone: 'Asia/Beirut' })).status,
    ],
    [
      'list the accounts',
      { administrator: 200, editor: 403, author: 403, contributor: 403 },
      async (m) => (await api(m).get('/users')).status,
    ],
    [
      'create an account',
      { administrator: 201, editor: 403, author: 403, contributor: 403 },
      async (m) =>
        (
          await api(m).post('/users', {
            email: uniqueEmail('new'),
            name: 'حساب جديد',
            role: 'contributor',
          })
        ).status,
    ],
    [
      'invite someone',
      { administrator: 201, editor: 403, author: 403, contributor: 403 },
      async (m) =>
        (await api(m).post('/invitations', { email: uniqueEmail('invited'), role: 'author' }))
          .status,
    ],
    [
      'create an API token',
      { administrator: 201, editor: 403, author: 403, contributor: 403 },
      async (m) => (await api(m).post('/tokens', { name: 'تكامل', role: 'editor' })).status,
    ],
  ];

  for (const [action, expected, attempt] of cases) {
    it(`lets exactly the right roles ${action}`, async () => {
      const got: Record<string, number> = {};
      for (const role of roles) got[role] = await attempt(as(role));
      expect(got).toEqual(expected);
    });
  }

  it('refuses in the caller’s language, with a code a client can rely on', async () => {
    const id = await draftBy(newsroom.contributor);
    const arabic = await api(newsroom.contributor).post<{
      error: { code: string; message: string };
    }>(`/articles/${id}/publish`);
    expect(arabic.body.error).toEqual({
      code: 'forbidden',
      message: 'لا تملك صلاحية القيام بهذا.',
    });
    const english = await adminApi(test.app, newsroom.contributor, 'en').post<{
      error: { message: string };
    }>(`/articles/${id}/publish`);
    expect(english.body.error.message).toBe('You are not allowed to do this.');
  });

  it('tells a contributor which actions they have on each article', async () => {
    const id = await draftBy(newsroom.contributor);
    const own = await api(newsroom.contributor).get<{ actions: string[]; canEdit: boolean }>(
      `/articles/${id}`,
    );
    expect(own.body).toMatchObject({ actions: ['submit'], canEdit: true });
    const editors = await api(newsroom.editor).get<{ actions: string[] }>(`/articles/${id}`);
    expect(editors.body.actions).toEqual(['submit', 'publish', 'schedule', 'archive']);
  });
});
