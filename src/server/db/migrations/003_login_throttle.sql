-- Failed sign-ins slow further tries by name, by client and by the pair, instead of locking the account.
-- Keys: 'name:<name>', 'client:<address>', 'pair:<name>|<address>' (names need not exist: no leak by timing).
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL
);

CREATE INDEX login_throttle_age ON login_throttle (last_failure_at);

-- A browser that signed in to an account before is not slowed by strangers' failures on that name.
CREATE TABLE staff_devices (
  token_hash text PRIMARY KEY,
  staff_id integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz NOT NULL
);

ALTER TABLE staff DROP COLUMN failed_logins, DROP COLUMN locked_until;
