/**
 * C10: when the customer was first told of the ombudsman. A complaint closes only with an outcome
 * the customer accepted, or once this is set (the lifecycle refuses otherwise). Cases already past
 * level 1 or answered finally were told (every escalation acknowledgement names the ombudsman).
 */
export const sql = `
ALTER TABLE complaint_case ADD COLUMN ombudsman_notice_sent_at timestamptz;
UPDATE complaint_case SET ombudsman_notice_sent_at = updated_at
 WHERE escalation_level >= 2 OR status IN ('final_response_given', 'referred_to_ombudsman');
`;
