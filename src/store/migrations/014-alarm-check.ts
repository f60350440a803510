/**
 * C7–C9 at scale: each case carries the next moment the commitment sweep needs to look at it, so
 * a pass reads only the cases with something due, not every open case every minute. A change to a
 * promised date, the status or the ombudsman notice brings the moment forward (a trigger,
 * so no use case can forget); the sweep moves it to the next reminder, task or deadline after.
 */
export const sql = `
-- '-infinity': look at it on the next pass, whatever the clock says (tests move the application's clock).
ALTER TABLE complaint_case ADD COLUMN alarm_check_at timestamptz DEFAULT '-infinity';
CREATE INDEX complaint_case_alarm_check_idx ON complaint_case (alarm_check_at, id) WHERE alarm_check_at IS NOT NULL;

CREATE FUNCTION complaint_case_recheck_alarms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.expected_response_by IS DISTINCT FROM OLD.expected_response_by
     OR NEW.next_update_by IS DISTINCT FROM OLD.next_update_by
     OR NEW.status IS DISTINCT FROM OLD.status
     OR NEW.ombudsman_notice_sent_at IS DISTINCT FROM OLD.ombudsman_notice_sent_at THEN
    NEW.alarm_check_at := '-infinity';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER complaint_case_recheck_alarms BEFORE UPDATE ON complaint_case
  FOR EACH ROW EXECUTE FUNCTION complaint_case_recheck_alarms();
`;
