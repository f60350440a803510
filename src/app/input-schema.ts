import { Type } from 'typebox';

/**
 * The building blocks of command inputs. Both edges validate with the schemas made from these:
 * the API with Fastify's Ajv, the console with the same Ajv settings (`src/edge/`), so a limit is
 * written once.
 */

/** Text a person must write: at least one character that is not a space. */
export const text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });

/** Text that may be left out. */
export const optionalText = (maxLength: number, description?: string) =>
  Type.Optional(Type.String({ maxLength, ...(description ? { description } : {}) }));

/** A day on the calendar, `YYYY-MM-DD`. */
export const localDate = (description: string) => Type.String({ format: 'date', description });

/** A string that must be one of `values` (one clear "choose one" error, unlike a union of literals). */
export function stringEnum<T extends string>(values: readonly T[], description?: string) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

/** A step that takes nothing but the case (and its version). */
export const noInput = Type.Object({});
