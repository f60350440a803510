/**
 * Intake (C1–C3, C5, C6, C11): the organisation's settings, what the customer told us, the
 * acknowledgement's promised date, attachments, the mail outbox, idempotency keys and shared
 * rate-limit counters.
 */
export const sql = `
CREATE TABLE organisation_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  complaints_phone text NOT NULL CHECK (length(complaints_phone) BETWEEN 1 AND 50),
  postal_address text NOT NULL CHECK (length(postal_address) BETWEEN 1 AND 500),
  website text NOT NULL DEFAULT '' CHECK (length(website) <= 300),
  default_region text NOT NULL DEFAULT 'ON'
    CHECK (default_region IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
  tracking_prefix text NOT NULL DEFAULT 'RDX' CHECK (tracking_prefix ~ '^[A-Z]{2,6}$'),
  complaint_business_days smallint NOT NULL DEFAULT 10 CHECK (complaint_business_days BETWEEN 0 AND 250),
  inquiry_business_days smallint NOT NULL DEFAULT 3 CHECK (inquiry_business_days BETWEEN 0 AND 250),
  ombudsman_name text NOT NULL CHECK (length(ombudsman_name) BETWEEN 1 AND 200),
  ombudsman_website text NOT NULL CHECK (length(ombudsman_website) <= 300),
  ombudsman_phone text NOT NULL CHECK (length(ombudsman_phone) <= 50),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO organisation_settings (name, complaints_phone, postal_address, website, ombudsman_name, ombudsman_website, ombudsman_phone)
VALUES (
  'Jive Canada', '866-671-0111',
  'Complaints Department, GoTo, 333 Summer Street, 5th Floor, Boston, MA 02210',
  '',
  'Commission for Complaints for Telecom-television Services (CCTS)', 'https://www.ccts-cprst.ca', '1-888-221-1687'
);

CREATE TABLE organisation_closure_day (
  day date PRIMARY KEY,
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 200)
);

ALTER TABLE complaint_case
  ADD COLUMN customer_name text CHECK (length(customer_name) BETWEEN 1 AND 200),
  ADD COLUMN customer_email text CHECK (length(customer_email) <= 254),
  ADD COLUMN customer_phone text CHECK (length(customer_phone) <= 50),
  ADD COLUMN customer_postal_address text CHECK (length(customer_postal_address) <= 500),
  ADD COLUMN customer_account_number text CHECK (length(customer_account_number) <= 100),
  ADD COLUMN customer_type text CHECK (customer_type IN ('residential', 'small_business', 'enterprise')),
  ADD COLUMN customer_region text
    CHECK (customer_region IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
  ADD COLUMN service text CHECK (service IN ('voice', 'internet', 'tv', 'wireless', 'other')),
  ADD COLUMN category text CHECK (category IN (
    'billing', 'service_delivery', 'contract', 'credit_management', 'installation',
    'customer_service', 'privacy', 'pricing', 'other')),
  ADD COLUMN description text CHECK (length(description) <= 20000),
  ADD COLUMN history text CHECK (length(history) <= 20000),
  ADD COLUMN desired_outcome text CHECK (length(desired_outcome) <= 5000),
  ADD COLUMN preferred_contact text CHECK (preferred_contact IN ('email', 'phone', 'post')),
  ADD COLUMN calendar_region text
    CHECK (calendar_region IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
  ADD COLUMN acknowledged_at timestamptz,
  ADD COLUMN expected_response_by date,
  ADD COLUMN resolved_at_first_contact boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT complaint_case_contact_reachable CHECK (
    customer_name IS NULL
    OR (preferred_contact = 'post' AND customer_postal_address IS NOT NULL)
    OR (preferred_contact IS DISTINCT FROM 'post' AND customer_email IS NOT NULL)
  );

-- Earlier cases the customer named (C3), resolved to the real case where the number exists.
CREATE TABLE case_reference (
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  position smallint NOT NULL CHECK (position >= 0),
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
  referenced_case_id uuid REFERENCES complaint_case (id),
  PRIMARY KEY (case_id, position)
);

CREATE TABLE case_attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES complaint_case (id),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL UNIQUE,
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id);

-- Messages leave through here: written in the same transaction as the change that causes them,
-- delivered by a worker, at least once, each with a stable Message-ID.
CREATE TABLE outbox_message (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid REFERENCES complaint_case (id),
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
  language text NOT NULL CHECK (language IN ('en', 'fr', 'nl', 'it')),
  template text NOT NULL CHECK (template ~ '^[a-z][a-z_]*$'),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  message_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'pending';

-- The same Idempotency-Key with the same body gives the same answer; nothing is made twice.
CREATE TABLE idempotency_record (
  scope text NOT NULL,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash text NOT NULL,
  response_status smallint NOT NULL,
  response_body jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);

-- Fixed-window counters shared by every instance (rate limits, throttles).
CREATE TABLE rate_limit_counter (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL CHECK (hits >= 0),
  PRIMARY KEY (bucket, window_start)
);
`;
