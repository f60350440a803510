import type { Translate } from '../i18n/index.js';
import type { FieldError } from './problem.js';

/** A schema violation as Ajv reports it. */
export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Ajv's keywords, in words a customer understands, in their language. */
function fieldMessage(issue: SchemaIssue, t: Translate): string {
  switch (issue.keyword) {
    case 'required':
      return t('validation.required');
    case 'minLength':
      return issue.params.limit === 1 ? t('validation.required') : t('validation.invalid');
    case 'pattern':
      // `text()` asks for a character that is not a space: only spaces is nothing written.
      return issue.params.pattern === '\\S' ? t('validation.required') : t('validation.invalid');
    case 'format':
      return issue.params.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'maxLength':
    case 'maxItems':
      return t('validation.tooLong', { max: String(issue.params.limit) });
    case 'enum':
    case 'const':
    case 'anyOf':
      return t('validation.choice');
    default:
      return t('validation.invalid');
  }
}

/** One entry per field (the first problem found), as a JSON pointer into the body. */
export function toFieldErrors(issues: readonly SchemaIssue[], t: Translate, prefix = ''): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of issues) {
    const missing = issue.keyword === 'required' ? String(issue.params.missingProperty ?? '') : '';
    const pointer = `${issue.instancePath}${missing ? `/${missing}` : ''}`;
    const field = prefix ? `${prefix}${pointer.replaceAll('/', '.')}` : pointer || '/';
    if (!byField.has(field))
      byField.set(field, { field, code: issue.keyword, message: fieldMessage(issue, t) });
  }
  return [...byField.values()];
}
