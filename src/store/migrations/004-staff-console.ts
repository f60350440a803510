/**
 * The staff console (C3–C5, C7–C9): teams, case ownership, the date of the next update, the queue
 * order, full-text search in the case's own language, identity-check codes, password resets and
 * failed sign-ins.
 */
export const sql = `
CREATE TABLE team (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX team_name_key ON team (lower(name));

ALTER TABLE staff_user
  ADD COLUMN team_id uuid REFERENCES team (id),
  ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'nl', 'it'));

ALTER TABLE complaint_case
  ADD COLUMN owner_id uuid REFERENCES staff_user (id),
  ADD COLUMN team_id uuid REFERENCES team (id),
  -- C7: the date by which the customer hears from us again, set when a contact is logged.
  ADD COLUMN next_update_by date,
  -- The queue's order: the earliest date we owe the customer something; open-ended last.
  ADD COLUMN due_on date GENERATED ALWAYS AS (
    CASE WHEN status IN ('closed', 'outcome_accepted', 'remedy_carried_out', 'referred_to_ombudsman',
                         'resolved_at_first_contact', 'final_response_given')
         THEN DATE '9999-12-31'
         ELSE COALESCE(LEAST(expected_response_by, next_update_by), DATE '9999-12-31') END
  ) STORED,
  -- Full text in the language the customer wrote in.
  ADD COLUMN search_text tsvector GENERATED ALWAYS AS (
    CASE language
      WHEN 'fr' THEN to_tsvector('french', coalesce(description, '') || ' ' || coalesce(history, '') || ' ' || coalesce(desired_outcome, ''))
      WHEN 'nl' THEN to_tsvector('dutch', coalesce(description, '') || ' ' || coalesce(history, '') || ' ' || coalesce(desired_outcome, ''))
      WHEN 'it' THEN to_tsvector('italian', coalesce(description, '') || ' ' || coalesce(history, '') || ' ' || coalesce(desired_outcome, ''))
      ELSE to_tsvector('english', coalesce(description, '') || ' ' || coalesce(history, '') || ' ' || coalesce(desired_outcome, ''))
    END
  ) STORED;

-- Keyset pagination of the queue (no OFFSET): soonest due first, then by id.
CREATE INDEX complaint_case_queue_idx ON complaint_case (due_on, id);
CREATE INDEX complaint_case_owner_idx ON complaint_case (owner_id, due_on, id);
CREATE INDEX complaint_case_team_idx ON complaint_case (team_id, due_on, id);
CREATE INDEX complaint_case_email_idx ON complaint_case (lower(customer_email));
CREATE INDEX complaint_case_account_idx ON complaint_case (customer_account_number);
CREATE INDEX complaint_case_search_idx ON complaint_case USING gin (search_text);

-- C4: a one-time code sent to the email on file; only its hash is kept, and it works once.
CREATE TABLE identity_challenge (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  staff_user_id uuid NOT NULL REFERENCES staff_user (id),
  code_hash text NOT NULL CHECK (length(code_hash) = 64),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts smallint NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  used_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX identity_challenge_case_idx ON identity_challenge (case_id, staff_user_id, created_at);

CREATE TABLE password_reset (
  token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
  staff_user_id uuid NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK (expires_at > created_at)
);

-- Failed sign-ins, counted per account and per client address over a sliding window.
CREATE TABLE sign_in_failure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  client_address text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (client_address, failed_at);
`;
