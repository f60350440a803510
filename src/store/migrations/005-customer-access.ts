/**
 * Customers follow their case without an account (C7–C9): one-time codes sent to the email on
 * file, short customer sessions, and the failed codes that lock a tracking number for a while.
 * Escalations get their own promised date.
 */
export const sql = `
-- A code is stored for every request, also when the pair was wrong (case_id NULL): both paths do
-- the same work, so neither the answer nor its timing tells whether a case exists.
CREATE TABLE customer_access_code (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tracking_number text NOT NULL CHECK (length(tracking_number) <= 40),
  case_id uuid REFERENCES complaint_case (id),
  code_hash text NOT NULL CHECK (length(code_hash) = 64),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  voided_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX customer_access_code_number_idx ON customer_access_code (tracking_number, created_at);

CREATE TABLE customer_session (
  token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  csrf_token text NOT NULL CHECK (length(csrf_token) >= 32),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);
CREATE INDEX customer_session_case_idx ON customer_session (case_id);

CREATE TABLE customer_code_failure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tracking_number text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX customer_code_failure_idx ON customer_code_failure (tracking_number, failed_at);
`;
