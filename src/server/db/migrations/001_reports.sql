-- Reports as received. `body` holds what the person wrote (description, details, contact, on-behalf);
-- it and the photos are erased by retention, the counts used for evidence stay.
CREATE TABLE reports (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idempotency_key uuid NOT NULL UNIQUE,
  reference text NOT NULL UNIQUE,
  body_hash text NOT NULL,
  schema_version integer NOT NULL,
  area text NOT NULL,
  category text NOT NULL,
  language text NOT NULL,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  body jsonb,
  photo_count integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'passed_on', 'closed')),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  erased_at timestamptz
);

CREATE INDEX reports_received_at ON reports (received_at DESC);
CREATE INDEX reports_due_for_erasure ON reports (closed_at) WHERE erased_at IS NULL;

CREATE TABLE report_photos (
  report_id integer NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  position integer NOT NULL,
  media_type text NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (report_id, position)
);
