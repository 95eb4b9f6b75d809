/**
 * A newsroom for HTTP tests: one account of each role (and a second author, to try someone
 * else's article), each with an API token for its own user, and a small client that calls
 * the admin API as one of them.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { User } from '../accounts/presenters.js';
import { systemActor, type Role } from '../core/actor.js';
import type { Services } from '../services.js';

export const testPassword = 'كلمة سر طويلة جدًا';

export interface Member {
  user: User;
  token: string;
}

export interface Newsroom {
  administrator: Member;
  editor: Member;
  author: Member;
  otherAuthor: Member;
  contributor: Member;
}

export function uniqueEmail(name: string): string {
  return `${name}-${randomBytes(4).toString('hex')}@news.example`;
}

export async function addMember(
  services: Services,
  role: Role,
  name: string,
  options: { personId?: number | null } = {},
): Promise<Member> {
  const cli = systemActor('cli');
  const user = await services.accounts.createUser(cli, {
    email: uniqueEmail(role),
    name,
    role,
    password: testPassword,
    ...(options.personId === undefined ? {} : { personId: options.personId }),
  });
  const { token } = await services.accounts.createToken(cli, {
    name: `${name}'s token`,
    role,
    userId: user.id,
  });
  return { user, token };
}

export async function seedNewsroom(services: Services): Promise<Newsroom> {
  return {
    administrator: await addMember(services, 'administrator', 'مديرة الموقع'),
    editor: await addMember(services, 'editor', 'رئيس التحرير'),
    author: await addMember(services, 'author', 'ليلى حداد'),
    otherAuthor: await addMember(services, 'author', 'سامر الخطيب'),
    contributor: await addMember(services, 'contributor', 'مراسل متعاون'),
  };
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Calls /api/v1/admin as `member` (a bearer token), or anonymously. */
export function adminApi(app: FastifyInstance, member?: Member, language = 'ar') {
  const call = async <T = Record<string, unknown>>(
    method: InjectOptions['method'],
    path: string,
    payload?: unknown,
  ): Promise<ApiResponse<T>> => {
    const response = await app.inject({
      method,
      url: `/api/v1/admin${path}`,
      headers: {
        'accept-language': language,
        ...(member ? { authorization: `Bearer ${member.token}` } : {}),
      },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
    const text = response.body;
    return {
      status: response.statusCode,
      body: (text === '' ? {} : JSON.parse(text)) as T,
      headers: response.headers,
    };
  };
  return {
    get: <T = Record<string, unknown>>(path: string) => call<T>('GET', path),
    post: <T = Record<string, unknown>>(path: string, payload?: unknown) =>
      call<T>('POST', path, payload),
    patch: <T = Record<string, unknown>>(path: string, payload: unknown) =>
      call<T>('PATCH', path, payload),
    delete: <T = Record<string, unknown>>(path: string) => call<T>('DELETE', path),
  };
}

/** A body in Midad's document schema, one paragraph per text. */
export function doc(...paragraphs: string[]) {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}
