/**
 * The shapes accounts are written in (TypeBox): the newsroom's forms, the admin API and the
 * command line send these, and the account service checks them again. New passwords get
 * their shortest length from `passwords.ts`, whose rule (`weak_password`) says why.
 */
import { Type, type Static } from 'typebox';
import { Id, LanguageSchema } from '../content/article-input.js';
import { roles } from '../db/schema.js';
import { passwordPolicy } from './passwords.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const EmailSchema = Type.String({ format: 'email', maxLength: 254 });
export const RoleSchema = Type.Enum([...roles], {
  description: 'administrator, editor, author or contributor',
});
const Name = Type.String({ minLength: 1, maxLength: 120 });
/** A password being set: its shortest length is the policy's rule (`weak_password`). */
const NewPassword = Type.String({ maxLength: passwordPolicy.maxLength });
/** A password being checked: any length up to a bound, so a typo is "wrong", not "invalid". */
const GivenPassword = Type.String({ minLength: 1, maxLength: 1000 });
/** A six-digit TOTP code or a recovery code. */
const Code = Type.String({ minLength: 1, maxLength: 64 });
const strict = { additionalProperties: false } as const;

export const SetupSchema = Type.Object(
  {
    email: EmailSchema,
    name: Name,
    password: NewPassword,
    language: Type.Optional(LanguageSchema),
  },
  strict,
);
export type SetupInput = Static<typeof SetupSchema>;

export const LoginSchema = Type.Object(
  { email: EmailSchema, password: GivenPassword, code: Type.Optional(Code) },
  strict,
);
export type LoginInput = Static<typeof LoginSchema>;

export const UserCreateSchema = Type.Object(
  {
    email: EmailSchema,
    name: Name,
    role: RoleSchema,
    password: Type.Optional(NewPassword),
    language: Type.Optional(LanguageSchema),
    personId: Type.Optional(nullable(Id)),
  },
  strict,
);
export type UserCreateInput = Static<typeof UserCreateSchema>;

export const UserUpdateSchema = Type.Object(
  {
    name: Type.Optional(Name),
    role: Type.Optional(RoleSchema),
    language: Type.Optional(LanguageSchema),
    personId: Type.Optional(nullable(Id)),
    disabled: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type UserUpdateInput = Static<typeof UserUpdateSchema>;

export const MeUpdateSchema = Type.Object(
  { name: Type.Optional(Name), language: Type.Optional(LanguageSchema) },
  strict,
);
export type MeUpdateInput = Static<typeof MeUpdateSchema>;

export const PasswordChangeSchema = Type.Object(
  { currentPassword: GivenPassword, newPassword: NewPassword },
  strict,
);
export type PasswordChangeInput = Static<typeof PasswordChangeSchema>;

export const InvitationCreateSchema = Type.Object(
  { email: EmailSchema, role: RoleSchema, name: Type.Optional(Name) },
  strict,
);
export type InvitationCreateInput = Static<typeof InvitationCreateSchema>;

export const InvitationAcceptSchema = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    name: Name,
    password: NewPassword,
    language: Type.Optional(LanguageSchema),
  },
  strict,
);
export type InvitationAcceptInput = Static<typeof InvitationAcceptSchema>;

export const TokenCreateSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    role: RoleSchema,
    userId: Type.Optional(nullable(Id)),
    expiresAt: Type.Optional(nullable(Type.String({ format: 'date-time', maxLength: 40 }))),
  },
  strict,
);
export type TokenCreateInput = Static<typeof TokenCreateSchema>;

export const TotpConfirmSchema = Type.Object({ code: Code }, strict);
export type TotpConfirmInput = Static<typeof TotpConfirmSchema>;

export const TotpDisableSchema = Type.Object({ password: GivenPassword }, strict);
export type TotpDisableInput = Static<typeof TotpDisableSchema>;
