/**
 * `midad user create|list|disable`: newsroom accounts from the command line — the way in
 * before anyone can sign in, and for scripts. The password is read from standard input.
 */
import { systemActor } from '../core/actor.js';
import { MidadError } from '../errors.js';
import type { User } from '../accounts/presenters.js';
import type { AccountService } from '../accounts/account-service.js';
import { withServices } from './database.js';
import type { CommandGroup } from './main.js';

const cli = systemActor('cli');

export async function userByEmail(accounts: AccountService, email: string): Promise<User> {
  const wanted = email.trim().toLowerCase();
  const user = (await accounts.listUsers(cli)).find((u) => u.email === wanted);
  if (!user) throw new MidadError('not_found');
  return user;
}

function table(users: User[]): string[] {
  if (users.length === 0) return ['No users yet: midad user create, or open /admin to set up.'];
  const rows = users.map((u) => [
    String(u.id),
    u.email,
    u.name,
    u.role,
    u.isDisabled ? 'disabled' : u.hasPassword ? 'active' : 'no password',
    u.isTotpEnabled ? '2FA' : '',
  ]);
  const header = ['id', 'email', 'name', 'role', 'state', ''];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export const userCommands: CommandGroup = {
  name: 'user',
  summary: 'newsroom accounts: create, list, disable',
  commands: [
    {
      name: 'create',
      summary:
        'create an account; the password is read from standard input (typed, or piped: echo … | midad user create …)',
      usage:
        'create --email ADDRESS --name NAME --role administrator|editor|author|contributor [--language ar|en]',
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        language: { type: 'string' },
      },
      run: async ({ config, values, io }) => {
        const missing = ['email', 'name', 'role'].filter((k) => typeof values[k] !== 'string');
        if (missing.length > 0) {
          io.error(`midad user create: missing --${missing.join(', --')}`);
          return 2;
        }
        const password = await io.readSecret('Password: ');
        if (io.isInteractive && (await io.readSecret('Password again: ')) !== password) {
          io.error('midad user create: the two passwords differ; nothing was created');
          return 2;
        }
        return withServices(config, async ({ accounts }) => {
          const user = await accounts.createUserWithPassword({
            email: values.email,
            name: values.name,
            role: values.role,
            password,
            ...(values.language === undefined ? {} : { language: values.language }),
          });
          io.print(`Created ${user.role} ${user.name} <${user.email}> (user ${user.id}).`);
          return 0;
        });
      },
    },
    {
      name: 'list',
      summary: 'list the accounts',
      run: ({ config, io }) =>
        withServices(config, async ({ accounts }) => {
          for (const line of table(await accounts.listUsers(cli))) io.print(line);
          return 0;
        }),
    },
    {
      name: 'disable',
      summary: 'disable an account and sign it out everywhere (its articles stay)',
      usage: 'disable --email ADDRESS',
      options: { email: { type: 'string' } },
      run: async ({ config, values, io }) => {
        if (typeof values.email !== 'string') {
          io.error('midad user disable: missing --email');
          return 2;
        }
        const email = values.email;
        return withServices(config, async ({ accounts }) => {
          const user = await userByEmail(accounts, email);
          await accounts.updateUser(cli, user.id, { disabled: true });
          io.print(`Disabled ${user.name} <${user.email}>; every session of theirs has ended.`);
          return 0;
        });
      },
    },
  ],
};
