/**
 * C10: complaints the ombudsman (CCTS) forwards to the provider, each against a case, with the
 * ombudsman's reference, its stage, the provider's deadlines (watched by the commitment sweep) and
 * whether the disputed charges are on hold (read by billing systems through the API).
 */
export const sql = `
CREATE TABLE ombudsman_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 60),
  stage text NOT NULL CHECK (stage IN ('assessment', 'initial_referral', 'conciliation', 'investigation', 'finding')),
  received_at timestamptz NOT NULL,
  objection_due_on date NOT NULL,
  report_due_on date NOT NULL,
  objection_answered_at timestamptz,
  reported_at timestamptz,
  charges_on_hold boolean NOT NULL,
  closed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT ombudsman_case_reference_unique UNIQUE (reference)
);
CREATE INDEX ombudsman_case_case_idx ON ombudsman_case (case_id);
CREATE INDEX ombudsman_case_open_idx ON ombudsman_case (report_due_on) WHERE closed_at IS NULL;

ALTER TABLE commitment_alarm DROP CONSTRAINT commitment_alarm_commitment_check;
ALTER TABLE commitment_alarm ADD CONSTRAINT commitment_alarm_commitment_check
  CHECK (commitment IN ('response', 'next_update', 'ombudsman_objection', 'ombudsman_report'));
`;
