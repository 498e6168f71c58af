-- Staff roles (an account may hold several) and the areas an editor looks after; accounts made before roles read reports.
ALTER TABLE staff
  ADD COLUMN roles text[] NOT NULL DEFAULT ARRAY['caseworker']::text[] CHECK (roles <@ ARRAY['caseworker', 'editor', 'admin']::text[]),
  ADD COLUMN areas text[] NOT NULL DEFAULT ARRAY[]::text[];

-- The audit log keeps a content change's value before and after (never anything a person reported).
ALTER TABLE audit_log ADD COLUMN area text, ADD COLUMN before jsonb, ADD COLUMN after jsonb;

-- A change to one fact of an area's pack: a draft until published; phone numbers and amounts need a second editor.
CREATE TABLE fact_changes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  area text NOT NULL,
  fact_id text NOT NULL,
  before jsonb,
  after jsonb NOT NULL,
  base_version integer,
  needs_second boolean NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'published', 'discarded')),
  created_by integer NOT NULL REFERENCES staff (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_by integer REFERENCES staff (id),
  approved_at timestamptz,
  published_by integer REFERENCES staff (id),
  published_at timestamptz,
  published_version integer,
  CHECK (approved_by IS NULL OR approved_by <> created_by)
);

CREATE INDEX fact_changes_open ON fact_changes (area, status);

-- The page date an editor last saw on a source page; a newer one than the fact's means the fact is due for re-checking.
CREATE TABLE source_page_dates (
  url text PRIMARY KEY,
  page_date date NOT NULL,
  seen_by integer REFERENCES staff (id),
  seen_at timestamptz NOT NULL DEFAULT now()
);
