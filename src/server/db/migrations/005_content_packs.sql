-- Content packs: every published version of every area's pack is kept; the highest version is what people get.
-- `body` is the exact JSON served and `etag` its hash, so a version is built once and its ETag is strong.
CREATE TABLE content_packs (
  area text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  body text NOT NULL,
  etag text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by text NOT NULL,
  PRIMARY KEY (area, version)
);

-- One draft per area: what `content import` loaded and an editor is still working on (not served).
CREATE TABLE content_drafts (
  area text PRIMARY KEY,
  body text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  saved_by text NOT NULL
);
