/**
 * C10: policies that tell the customer of the ombudsman a number of weeks after receipt (Ofcom:
 * eight) get that letter from the commitment sweep, once per case like every alarm.
 */
export const sql = `
ALTER TABLE commitment_alarm DROP CONSTRAINT commitment_alarm_commitment_check;
ALTER TABLE commitment_alarm ADD CONSTRAINT commitment_alarm_commitment_check
  CHECK (commitment IN ('response', 'next_update', 'ombudsman_objection', 'ombudsman_report', 'ombudsman_notice'));
ALTER TABLE commitment_alarm DROP CONSTRAINT commitment_alarm_kind_check;
ALTER TABLE commitment_alarm ADD CONSTRAINT commitment_alarm_kind_check
  CHECK (kind IN ('reminder', 'breach', 'progress_notice', 'delay_task', 'automatic_delay_notice',
                  'automatic_ombudsman_notice'));
`;
