/**
 * The foundation: secrets, staff, cases and their append-only event log.
 * SQL accepted by PostgreSQL 15 (servers) and 18 (PGlite). Value lists are written out, not
 * imported from the domain, so that this migration never changes once shipped; a storage test
 * checks that the database accepts every value the domain knows.
 */
export const sql = `
CREATE TABLE app_secret (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('advisor', 'senior_manager', 'head_of_support', 'admin')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX staff_user_email_key ON staff_user (email);

CREATE TABLE complaint_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tracking_number text NOT NULL CHECK (tracking_number ~ '^[A-Z]{2,6}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$'),
  kind text NOT NULL CHECK (kind IN ('complaint', 'inquiry')),
  status text NOT NULL CHECK (status IN (
    'received', 'acknowledged', 'investigating', 'waiting_for_customer', 'outcome_given',
    'outcome_accepted', 'remedy_carried_out', 'escalated', 'final_response_given',
    'referred_to_ombudsman', 'resolved_at_first_contact', 'closed'
  )),
  escalation_level smallint NOT NULL DEFAULT 1 CHECK (escalation_level BETWEEN 1 AND 3),
  remedy_promised boolean NOT NULL DEFAULT false,
  channel text NOT NULL CHECK (channel IN ('web', 'phone', 'letter', 'chat', 'email', 'support_case')),
  language text NOT NULL CHECK (language IN ('en', 'fr', 'nl', 'it')),
  received_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT complaint_case_tracking_number_key UNIQUE (tracking_number),
  CONSTRAINT complaint_case_received_before_recorded CHECK (received_at <= recorded_at)
);

-- Every change to a case, in order. The timeline, the audit trail and the reports read from here.
CREATE TABLE case_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  case_version integer NOT NULL CHECK (case_version >= 1),
  type text NOT NULL CHECK (type ~ '^[a-z][a-z_]*$'),
  actor_type text NOT NULL CHECK (actor_type IN ('customer', 'staff', 'system')),
  actor_id uuid REFERENCES staff_user (id),
  channel text NOT NULL CHECK (channel IN ('web', 'phone', 'letter', 'chat', 'email', 'support_case', 'console', 'api', 'system')),
  occurred_at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(data) = 'object'),
  CONSTRAINT case_event_staff_has_id CHECK ((actor_type = 'staff') = (actor_id IS NOT NULL))
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id);

-- The event log is append-only: the database itself refuses to change or remove history.
CREATE FUNCTION case_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER case_event_no_update_or_delete BEFORE UPDATE OR DELETE ON case_event
  FOR EACH ROW EXECUTE FUNCTION case_event_is_append_only();
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON case_event
  FOR EACH STATEMENT EXECUTE FUNCTION case_event_is_append_only();
`;
