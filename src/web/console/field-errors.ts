import type { AppError } from '../../app/errors.js';
import { problemFromAppError } from '../../http/problem.js';
import type { PageContext } from '../components/layout.js';

/** Field errors of a refusal, keyed by form field name (`/customer/email` → `email`). */
export function fieldErrors(error: AppError, page: PageContext): Record<string, string> {
  const problem = problemFromAppError(error, page.t);
  const errors: Record<string, string> = {};
  for (const e of problem.errors ?? []) {
    const name = e.field.split('/').pop() ?? e.field;
    errors[name] ??= e.message;
  }
  return errors;
}
