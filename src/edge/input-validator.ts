import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from 'typebox';
import type { Translate } from '../i18n/index.js';
import { toFieldErrors } from './field-errors.js';
import type { FieldError } from './problem.js';

/**
 * The Ajv settings of the API (`src/server.ts` gives Fastify the same ones): every error at
 * once, no type coercion, nothing removed. Pages validate with these so that a value refused on
 * one edge is refused on the other with the same words.
 */
export const INPUT_AJV_OPTIONS = { allErrors: true, coerceTypes: false, removeAdditional: false } as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates inputs against schemas, compiling each schema once, at its first use. */
export function inputValidator() {
  const ajv = new Ajv({ ...INPUT_AJV_OPTIONS, useDefaults: true, strict: false });
  addFormats.default(ajv);
  const compiled = new WeakMap<TSchema, ValidateFunction>();
  return {
    check<T>(schema: TSchema, value: unknown, t: Translate): Checked<T> {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.compile(schema);
        compiled.set(schema, validate);
      }
      if (validate(value)) return { ok: true, value: value as T };
      return { ok: false, errors: toFieldErrors((validate.errors ?? []) as ErrorObject[], t) };
    },
  };
}

export type InputValidator = ReturnType<typeof inputValidator>;
