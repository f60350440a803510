import type { Customer, PreferredContact } from './complaint.js';

/**
 * We must be able to reach the customer the way they asked: by email unless they prefer post, and
 * then at a postal address. Returns the fields that are missing.
 */
export function missingContactDetails(
  customer: Pick<Customer, 'email' | 'postalAddress'>,
  preferred: PreferredContact,
): ('email' | 'postalAddress')[] {
  if (preferred === 'post') return customer.postalAddress?.trim() ? [] : ['postalAddress'];
  return customer.email?.trim() ? [] : ['email'];
}
