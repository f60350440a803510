/**
 * Issue 16: the outbox becomes the record of correspondence. Every message — email out and in,
 * letters — is one row, stored as it left or arrived: the rendered parts, the exact bytes (the
 * MIME handed to SMTP, the PDF of a letter, the bytes received) and their SHA-256. Rows queued by
 * an earlier version carry only their payload and are rendered once, at their delivery.
 */
export const sql = `
ALTER TABLE outbox_message RENAME TO message;
ALTER INDEX outbox_message_due_idx RENAME TO message_due_idx_old;
DROP INDEX message_due_idx_old;

ALTER TABLE message DROP CONSTRAINT outbox_message_status_check;
UPDATE message SET status = 'queued' WHERE status = 'pending';
ALTER TABLE message ALTER COLUMN status SET DEFAULT 'queued';
ALTER TABLE message ADD CONSTRAINT message_status_check CHECK (status IN
  ('queued', 'sent', 'failed', 'bounced', 'to_print', 'printed', 'posted', 'received', 'held'));

ALTER TABLE message
  ADD COLUMN direction text NOT NULL DEFAULT 'out' CHECK (direction IN ('out', 'in')),
  ADD COLUMN medium text NOT NULL DEFAULT 'email' CHECK (medium IN ('email', 'letter')),
  ADD COLUMN sender text CHECK (length(sender) <= 998),
  ADD COLUMN subject text CHECK (length(subject) <= 2000),
  ADD COLUMN text_body text,
  ADD COLUMN html_body text,
  -- The bytes as stored: MIME for an email, the PDF for a letter.
  ADD COLUMN raw bytea,
  ADD COLUMN sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- One-time codes: once sent, their words and bytes are dropped; the hash and the log remain.
  ADD COLUMN content_withheld boolean NOT NULL DEFAULT false,
  ADD COLUMN event_id bigint REFERENCES case_event (id),
  ADD COLUMN received_at timestamptz,
  ADD COLUMN failed_at timestamptz,
  ADD COLUMN printed_at timestamptz,
  ADD COLUMN posted_on date,
  -- A letter not posted within a business day is flagged to its team, once.
  ADD COLUMN flagged_at timestamptz,
  -- The order messages were stored in: several can share a moment (a test's clock, a busy second).
  ADD COLUMN position bigint GENERATED ALWAYS AS IDENTITY,
  ADD CONSTRAINT message_bytes_are_hashed CHECK (raw IS NULL OR sha256 IS NOT NULL),
  ADD CONSTRAINT message_in_is_email CHECK (direction = 'out' OR medium = 'email'),
  ADD CONSTRAINT message_sent_has_time CHECK (status <> 'sent' OR sent_at IS NOT NULL);

ALTER TABLE message ALTER COLUMN template DROP NOT NULL;
ALTER TABLE message ADD CONSTRAINT message_out_has_template CHECK (direction = 'in' OR template IS NOT NULL);

CREATE INDEX message_due_idx ON message (next_attempt_at) WHERE status = 'queued';
CREATE INDEX message_case_idx ON message (case_id, created_at) WHERE case_id IS NOT NULL;

-- An event that names a message (data.storedMessageId for one that came in, data.outboxId for one
-- that left) is the event that message belongs to: the link is made here, so no writer can forget
-- it, whichever statement writes the two.
CREATE FUNCTION case_event_claims_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE message SET event_id = NEW.id
    WHERE id = coalesce(NEW.data->>'storedMessageId', NEW.data->>'outboxId')::uuid
      AND case_id = NEW.case_id AND event_id IS NULL;
  RETURN NULL;
END;
$$;
CREATE TRIGGER case_event_claims_message AFTER INSERT ON case_event
  FOR EACH ROW WHEN (coalesce(NEW.data->>'storedMessageId', NEW.data->>'outboxId') IS NOT NULL)
  EXECUTE FUNCTION case_event_claims_message();
`;
