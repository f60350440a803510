/**
 * C4: personal data stays masked on screen until the customer's identity is checked; enough is
 * shown to recognise the right record (an initial, the domain, the last digits).
 */
const DOT = '•';

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return DOT.repeat(3);
  return `${email[0]}${DOT.repeat(3)}${email.slice(at)}`;
}

/**
 * Every email address in a header (`Rosa Lopez <rosa@example.org>`, a list of recipients) masked,
 * except the organisation's own addresses, which are no one's personal data.
 */
export function maskEmailsIn(header: string, ours: readonly string[]): string {
  const own = new Set(ours.map((a) => a.toLowerCase()));
  return header.replace(/[^\s<>,;"]+@[^\s<>,;"]+/g, (address) =>
    own.has(address.toLowerCase()) ? address : maskEmail(address),
  );
}

/** Only the last `visible` digits or characters stay, e.g. `•••• 4821`. */
export function maskTail(value: string, visible = 4): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length <= visible) return DOT.repeat(4);
  return `${DOT.repeat(4)} ${compact.slice(-visible)}`;
}

export function maskAddress(address: string): string {
  return address.trim() === '' ? '' : DOT.repeat(6);
}

/** The customer's details as stored on a case. */
export interface CustomerDetails {
  name: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  accountNumber: string | null;
}

export function maskCustomerDetails(details: CustomerDetails): CustomerDetails {
  return {
    name: details.name,
    email: details.email === null ? null : maskEmail(details.email),
    phone: details.phone === null ? null : maskTail(details.phone),
    postalAddress: details.postalAddress === null ? null : maskAddress(details.postalAddress),
    accountNumber: details.accountNumber === null ? null : maskTail(details.accountNumber, 3),
  };
}

/** How the advisor established who is on the line or wrote in (C4). */
export const IDENTITY_CHECK_METHODS = ['account_pin', 'security_question', 'one_time_code'] as const;
export type IdentityCheckMethod = (typeof IDENTITY_CHECK_METHODS)[number];

export const IDENTITY_CHECK_RESULTS = ['passed', 'failed'] as const;
export type IdentityCheckResult = (typeof IDENTITY_CHECK_RESULTS)[number];

/**
 * A passed check opens the customer's details to the staff member who made it for this long: an
 * identity check belongs to one contact, not to the case for ever.
 */
export const IDENTITY_CHECK_VALID_MS = 60 * 60 * 1000;

/** A one-time code sent to the email on file expires after this long, and allows a few tries. */
export const ONE_TIME_CODE_VALID_MS = 15 * 60 * 1000;
export const ONE_TIME_CODE_MAX_ATTEMPTS = 5;

/** The first word of a staff member's name: all customers may see of them, if the organisation allows. */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}
