-- The phone that sent a report can read its status with a token; only the token's SHA-256 is kept here.
-- A report passed on says to whom; each change may carry a short note written for the person.
ALTER TABLE reports
  ADD COLUMN status_token_hash text,
  ADD COLUMN passed_on_to text CHECK (passed_on_to IN ('migrant_help', 'council', 'police', 'local_organisation'));

-- Evidence counts outlive retention (which erases `body`): the problem chosen and the postcode district get columns.
ALTER TABLE reports
  ADD COLUMN problem text,
  ADD COLUMN postcode_district text;

UPDATE reports SET problem = body -> 'details' ->> 'problem' WHERE body IS NOT NULL;

ALTER TABLE report_events
  ADD COLUMN passed_on_to text,
  ADD COLUMN person_note text;

-- The key the status tokens are derived from (HMAC of the report's idempotency key): a re-sent report gets
-- the same token back, on every server process and after a restart. Made by the server on first use.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
