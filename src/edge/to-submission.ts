import type { CaseSubmission, Customer } from '../domain/complaint.js';
import { languageOrDefault } from '../domain/language.js';
import type { CaseRecording, ComplaintFiling } from './schemas/case-submission.js';

/** From a validated API body to the domain's submission: defaults filled, text trimmed. */
export function toSubmission(
  body: ComplaintFiling | CaseRecording,
  channel: CaseSubmission['channel'],
): CaseSubmission {
  const { customer } = body;
  const trimmed = (value: string | undefined) => {
    const text = value?.trim();
    return text ? text : undefined;
  };
  return {
    kind: body.kind ?? 'complaint',
    language: languageOrDefault(body.language),
    channel,
    customer: {
      name: customer.name.trim(),
      email: trimmed(customer.email)?.toLowerCase(),
      phone: trimmed(customer.phone),
      postalAddress: trimmed(customer.postalAddress),
      accountNumber: trimmed(customer.accountNumber),
      type: customer.type,
      region: customer.province,
      ...abroad(customer.country, customer.region),
    },
    ...(body.urgentReason ? { urgentReason: body.urgentReason } : {}),
    service: body.service,
    category: body.category,
    description: body.description,
    history: trimmed(body.history),
    references: (body.references ?? []).map((r) => r.trim()).filter((r) => r.length > 0),
    desiredOutcome: trimmed(body.desiredOutcome),
    preferredContact: body.preferredContact ?? 'email',
  };
}

/** A country outside Canada with the region given (the take-in checks that they belong together). */
function abroad(country: string | undefined, region: string | undefined): Pick<Customer, 'abroad'> {
  return country === 'AU' || country === 'GB' ? { abroad: { country, region: region ?? '' } } : {};
}
