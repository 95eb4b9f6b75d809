/**
 * Input schemas are TypeBox (JSON Schema with static types); one schema serves the route,
 * the OpenAPI document and the service, which checks its input again with the same
 * compiled validator, so a CLI command or an importer meets the same rules as an API client.
 * Ajv reports what failed; `fieldErrors` turns that into Midad's field/rule/params.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Static, TSchema } from 'typebox';
import { ValidationError, type FieldError } from '../errors.js';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Bodies are checked strictly: no type coercion ("12" is not a number) and no silent
 * removal of unknown fields (a misspelt field is an error, not a lost edit). Every error is
 * reported, so a form can mark all its fields at once.
 */
export const bodyAjv = addFormats(
  new Ajv({ allErrors: true, coerceTypes: false, useDefaults: true, removeAdditional: false }),
);

/** Query strings and path parameters arrive as text: numbers and booleans are coerced. */
export const queryAjv = addFormats(
  new Ajv({ allErrors: true, coerceTypes: 'array', useDefaults: true, removeAdditional: false }),
);

const rulesByFormat: Record<string, FieldError['rule']> = {
  email: 'invalid_email',
  'date-time': 'invalid_datetime',
};

function pathOf(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').filter((p) => p !== '');
  if (child !== undefined) parts.push(child);
  return parts.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function fieldError(error: ErrorObject): FieldError | null {
  const field = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const limit = typeof params.limit === 'number' ? params.limit : 0;
  switch (error.keyword) {
    case 'required':
      return {
        field: pathOf(error.instancePath, String(params.missingProperty)),
        rule: 'required',
      };
    case 'additionalProperties':
      return {
        field: pathOf(error.instancePath, String(params.additionalProperty)),
        rule: 'unknown_field',
      };
    case 'minLength':
      return limit <= 1
        ? { field, rule: 'required' }
        : { field, rule: 'too_short', params: { limit } };
    case 'maxLength':
      return { field, rule: 'too_long', params: { limit } };
    case 'minItems':
      return { field, rule: 'too_few', params: { limit } };
    case 'maxItems':
      return { field, rule: 'too_many', params: { limit } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { field, rule: 'too_small', params: { limit } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { field, rule: 'too_large', params: { limit } };
    case 'enum':
    case 'const': {
      const allowed = Array.isArray(params.allowedValues)
        ? params.allowedValues
        : [params.allowedValue];
      return { field, rule: 'not_one_of', params: { allowed: allowed.map(String).join(', ') } };
    }
    case 'format':
      return { field, rule: rulesByFormat[String(params.format)] ?? 'invalid_format' };
    case 'pattern':
      return { field, rule: 'invalid_format' };
    case 'type':
      return { field, rule: 'wrong_type' };
    case 'anyOf':
    case 'oneOf':
      // The branches' own errors say more; this one only says none matched.
      return null;
    default:
      return { field, rule: 'invalid_format' };
  }
}

/**
 * One error per field: Ajv reports each branch of a union (`string | null`) separately,
 * and the first specific reason is the useful one. Union alternatives whose errors are all
 * "wrong type" collapse to one.
 */
export function fieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    const mapped = fieldError(error);
    if (!mapped) continue;
    const known = byField.get(mapped.field);
    if (!known || (known.rule === 'wrong_type' && mapped.rule !== 'wrong_type')) {
      byField.set(mapped.field, mapped);
    }
  }
  return [...byField.values()];
}

/**
 * A function that returns its input typed by `schema`, or throws a ValidationError naming
 * every field at fault. Defaults in the schema are filled in (on the input itself).
 */
export function validator<T extends TSchema>(schema: T): (value: unknown) => Static<T> {
  let compiled: ValidateFunction | null = null;
  return (value) => {
    compiled ??= bodyAjv.compile(schema);
    if (compiled(value)) return value as Static<T>;
    throw new ValidationError(fieldErrors(compiled.errors ?? []));
  };
}
