/**
 * C7–C9: what the commitment sweep has done. One row per (case, commitment, promised date, kind):
 * the unique key is what makes each reminder, breach and notice happen once, whatever runs the
 * sweep — two instances, a restart, a worker killed mid-sweep (its transaction never committed).
 * A delay task stays open until the owner sends the delay notice (`done_at`).
 */
export const sql = `
CREATE TABLE commitment_alarm (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  commitment text NOT NULL CHECK (commitment IN ('response', 'next_update')),
  due_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reminder', 'breach', 'progress_notice', 'delay_task',
                                     'automatic_delay_notice')),
  fired_at timestamptz NOT NULL,
  done_at timestamptz,
  CONSTRAINT commitment_alarm_once UNIQUE (case_id, commitment, due_on, kind),
  CHECK (done_at IS NULL OR kind = 'delay_task')
);
CREATE INDEX commitment_alarm_open_task_idx ON commitment_alarm (case_id) WHERE kind = 'delay_task' AND done_at IS NULL;
CREATE INDEX commitment_alarm_fired_idx ON commitment_alarm (fired_at);

ALTER TABLE organisation_settings
  ADD COLUMN reminder_hours_before integer NOT NULL DEFAULT 24
    CHECK (reminder_hours_before BETWEEN 0 AND 720),
  ADD COLUMN automatic_progress_notice boolean NOT NULL DEFAULT true;
`;
