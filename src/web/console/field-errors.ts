import type { AppError } from '../../app/errors.js';
import { type FieldError, problemFromAppError } from '../../edge/problem.js';
import type { PageContext } from '../components/layout.js';

/** Field errors keyed by form field name (`/customer/email` → `email`), the first for each field. */
export function byFormField(errors: readonly FieldError[]): Record<string, string> {
  const byName: Record<string, string> = {};
  for (const e of errors) {
    const name = e.field.split('/').pop() ?? e.field;
    byName[name] ??= e.message;
  }
  return byName;
}

/** Field errors of a refusal, keyed by form field name. */
export function fieldErrors(error: AppError, page: PageContext): Record<string, string> {
  return byFormField(problemFromAppError(error, page.t).errors ?? []);
}
