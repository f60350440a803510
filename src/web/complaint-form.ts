import { missingContactDetails } from '../domain/contact-details.js';
import type { InputValidator } from '../edge/input-validator.js';
import { type ComplaintFiling, ComplaintFilingSchema } from '../edge/schemas/case-submission.js';
import type { Translate } from '../i18n/index.js';

/**
 * The public form, as plain HTML fields, mapped to the API's filing so that one schema validates
 * both. Field names here are the form's; errors come back keyed by them.
 */
export const FORM_FIELDS = [
  'kind',
  'name',
  'email',
  'phone',
  'postalAddress',
  'accountNumber',
  'customerType',
  'province',
  'service',
  'category',
  'description',
  'history',
  'references',
  'desiredOutcome',
  'preferredContact',
] as const;
export type FormField = (typeof FORM_FIELDS)[number] | 'attachments';
export type FormValues = Partial<Record<FormField, string>>;
export type FormErrors = Partial<Record<FormField, string>>;

const POINTER_TO_FIELD: Record<string, FormField> = {
  '/kind': 'kind',
  '/customer/name': 'name',
  '/customer/email': 'email',
  '/customer/phone': 'phone',
  '/customer/postalAddress': 'postalAddress',
  '/customer/accountNumber': 'accountNumber',
  '/customer/type': 'customerType',
  '/customer/province': 'province',
  '/service': 'service',
  '/category': 'category',
  '/description': 'description',
  '/history': 'history',
  '/desiredOutcome': 'desiredOutcome',
  '/preferredContact': 'preferredContact',
};

/** Maps an API field pointer (`/customer/email`, `/references/2`) to the form field showing it. */
export function formFieldOf(pointer: string): FormField | undefined {
  if (pointer.startsWith('/references')) return 'references';
  if (pointer === '/attachments') return 'attachments';
  return POINTER_TO_FIELD[pointer];
}

export function formValues(fields: ReadonlyMap<string, string>): FormValues {
  const values: FormValues = {};
  for (const name of FORM_FIELDS) {
    const value = fields.get(name);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The filing the form describes (blank fields left out, as the API expects). */
export function filingOf(values: FormValues, language: string): Record<string, unknown> {
  const customer = Object.fromEntries(
    Object.entries({
      name: values.name?.trim() ?? '',
      email: present(values.email),
      phone: present(values.phone),
      postalAddress: present(values.postalAddress),
      accountNumber: present(values.accountNumber),
      type: present(values.customerType),
      province: present(values.province),
    }).filter(([, v]) => v !== undefined),
  );
  const references = (values.references ?? '')
    .split(/[,;\n]/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return Object.fromEntries(
    Object.entries({
      kind: present(values.kind),
      language,
      customer,
      service: present(values.service),
      category: present(values.category),
      description: values.description?.trim() ?? '',
      history: present(values.history),
      references: references.length > 0 ? references : undefined,
      desiredOutcome: present(values.desiredOutcome),
      preferredContact: present(values.preferredContact),
    }).filter(([, v]) => v !== undefined),
  );
}

/** Every problem with the form at once: the schema's, and whether we can reach the customer. */
export function checkFiling(
  inputs: InputValidator,
  filing: Record<string, unknown>,
  values: FormValues,
  t: Translate,
): { ok: true; filing: ComplaintFiling } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const checked = inputs.check<ComplaintFiling>(ComplaintFilingSchema, filing, t);
  if (!checked.ok) {
    for (const error of checked.errors) {
      const field = formFieldOf(error.field);
      if (field && !errors[field]) errors[field] = error.message;
    }
  }
  const preferred = values.preferredContact === 'post' ? 'post' : 'email';
  for (const missing of missingContactDetails(
    { email: values.email, postalAddress: values.postalAddress },
    preferred,
  )) {
    errors[missing] ??= t('validation.required');
  }
  return checked.ok && Object.keys(errors).length === 0
    ? { ok: true, filing: checked.value }
    : { ok: false, errors };
}
