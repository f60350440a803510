/**
 * Which events of a case the customer sees on their timeline; everything else (notes, identity
 * checks, who viewed personal data, assignments, logged contacts) is for staff only.
 */
export const CUSTOMER_VISIBLE_EVENTS: ReadonlySet<string> = new Set([
  'case_received',
  'documents_attached',
  'case_acknowledged',
  'resolved_at_first_contact',
  'investigation_started',
  'waiting_for_customer',
  'investigation_resumed',
  'outcome_given',
  'outcome_accepted',
  'outcome_rejected',
  'escalated',
  'escalation_taken',
  'final_response_given',
  'remedy_carried_out',
  'referred_to_ombudsman',
  'converted_to_complaint',
  'case_closed',
  'message_sent',
  'message_received',
  'letter_posted',
  'customer_message',
]);

export function isCustomerVisible(eventType: string): boolean {
  return CUSTOMER_VISIBLE_EVENTS.has(eventType);
}
