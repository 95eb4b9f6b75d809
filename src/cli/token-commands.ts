/**
 * `midad token create|list|revoke`: API tokens for scripts and integrations. A token is
 * printed once, when it is made; Midad keeps only its hash.
 */
import { systemActor } from '../core/actor.js';
import { withServices } from './database.js';
import type { CommandGroup } from './main.js';
import { userByEmail } from './user-commands.js';

const cli = systemActor('cli');

export const tokenCommands: CommandGroup = {
  name: 'token',
  summary: 'API tokens: create, list, revoke',
  commands: [
    {
      name: 'create',
      summary:
        'create an API token and print it once (author and contributor tokens act for a user: --user)',
      usage:
        'create --name NAME --role administrator|editor|author|contributor [--user EMAIL] [--expires 2027-01-01T00:00:00Z]',
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        user: { type: 'string' },
        expires: { type: 'string' },
      },
      run: async ({ config, values, io }) => {
        const missing = ['name', 'role'].filter((k) => typeof values[k] !== 'string');
        if (missing.length > 0) {
          io.error(`midad token create: missing --${missing.join(', --')}`);
          return 2;
        }
        return withServices(config, async ({ accounts }) => {
          const user =
            typeof values.user === 'string' ? await userByEmail(accounts, values.user) : null;
          const { token, record } = await accounts.createToken(cli, {
            name: values.name,
            role: values.role,
            ...(user ? { userId: user.id } : {}),
            ...(typeof values.expires === 'string' ? { expiresAt: values.expires } : {}),
          });
          io.print(token);
          io.error(
            `Token ${record.id} (${record.role}${user ? `, for ${user.email}` : ''}) created; ` +
              'it is shown only this once. Send it as: Authorization: Bearer <token>',
          );
          return 0;
        });
      },
    },
    {
      name: 'list',
      summary: 'list the tokens (never the tokens themselves)',
      run: ({ config, io }) =>
        withServices(config, async ({ accounts }) => {
          const tokens = await accounts.listTokens(cli);
          if (tokens.length === 0) io.print('No tokens yet: midad token create --name … --role …');
          for (const t of tokens) {
            const state = t.revokedAt
              ? 'revoked'
              : t.expiresAt && t.expiresAt < new Date().toISOString()
                ? 'expired'
                : 'active';
            io.print(
              `${String(t.id).padEnd(4)} ${t.prefix}…  ${t.role.padEnd(13)} ${state.padEnd(8)} ${t.name}` +
                (t.lastUsedAt ? `  (last used ${t.lastUsedAt})` : ''),
            );
          }
          return 0;
        }),
    },
    {
      name: 'revoke',
      summary: 'revoke a token by its id (see token list); it stops working at once',
      usage: 'revoke ID',
      allowPositionals: true,
      run: async ({ config, positionals, io }) => {
        const id = Number(positionals[0]);
        if (positionals.length !== 1 || !Number.isSafeInteger(id) || id < 1) {
          io.error('midad token revoke: give one token id (see midad token list)');
          return 2;
        }
        return withServices(config, async ({ accounts }) => {
          const token = await accounts.revokeToken(cli, id);
          io.print(`Revoked token ${token.id} (${token.name}).`);
          return 0;
        });
      },
    },
  ],
};
