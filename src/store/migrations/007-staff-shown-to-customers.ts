/**
 * C7/C8: customers see who at the provider acted on their case by role only, or by first name and
 * role; an admin chooses. Never a full name, email or anything else about the staff member.
 */
export const sql = `
ALTER TABLE organisation_settings
  ADD COLUMN staff_shown_to_customers text NOT NULL DEFAULT 'role'
  CHECK (staff_shown_to_customers IN ('role', 'first_name'));
`;
