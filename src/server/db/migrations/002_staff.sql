-- Staff accounts, their sessions (only a hash of the cookie is stored), status changes and the audit log.
CREATE TABLE staff (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled_at timestamptz
);

CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  staff_id integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);

CREATE TABLE report_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id integer NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  staff_id integer NOT NULL REFERENCES staff (id),
  at timestamptz NOT NULL DEFAULT now(),
  from_status text NOT NULL,
  to_status text NOT NULL,
  note text
);

CREATE INDEX report_events_report ON report_events (report_id, at);

CREATE TABLE audit_log (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  staff_id integer REFERENCES staff (id),
  action text NOT NULL,
  report_id integer REFERENCES reports (id) ON DELETE SET NULL,
  detail text
);

CREATE INDEX audit_log_at ON audit_log (at DESC);
