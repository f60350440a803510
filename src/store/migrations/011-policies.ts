/**
 * C6–C10: policies as versioned data. Each version's rules are JSON the domain reads
 * (`src/domain/policy.ts`); versions are never changed, a change is a new version. The shipped
 * presets are added by `migrate()` (version 1 of each) so their text lives in one place. Each case
 * keeps the version in force when it was acknowledged: later changes never move its promises.
 */
export const sql = `
CREATE TABLE policy (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country text NOT NULL CHECK (country IN ('CA', 'AU', 'GB')),
  created_at timestamptz NOT NULL
);
CREATE TABLE policy_version (
  policy_id text NOT NULL REFERENCES policy (id),
  version integer NOT NULL CHECK (version >= 1),
  rules jsonb NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  PRIMARY KEY (policy_id, version)
);
ALTER TABLE organisation_settings
  ADD COLUMN active_policy_id text NOT NULL DEFAULT 'ca-ccts' CHECK (active_policy_id ~ '^[a-z0-9][a-z0-9-]{1,39}$');
ALTER TABLE complaint_case
  ADD COLUMN policy_id text,
  ADD COLUMN policy_version integer,
  ADD CONSTRAINT complaint_case_policy_version_fk
    FOREIGN KEY (policy_id, policy_version) REFERENCES policy_version (policy_id, version);
`;
