/** Server-side sessions of staff members. The cookie holds a random token; only its hash is stored. */
export const sql = `
CREATE TABLE staff_session (
  token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
  staff_user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  csrf_token text NOT NULL CHECK (length(csrf_token) >= 32),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CONSTRAINT staff_session_expires_after_creation CHECK (expires_at > created_at)
);
CREATE INDEX staff_session_user_idx ON staff_session (staff_user_id);
`;
