-- Visitors' one-tap satisfaction ratings, as counts only: one row per local date, subject and
-- score, its count raised in one statement. No reference, submission id or time of day is kept,
-- so no row stands for one visit. WITHOUT ROWID: no insertion order is kept either.
CREATE TABLE ratings (
    date    TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind    TEXT NOT NULL CHECK (kind IN ('form', 'service')),
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 40),  -- a form or queue service id
    score   INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    count   INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (date, kind, subject, score)
) STRICT, WITHOUT ROWID;

-- Daily ratings summaries sent to the CRM: one row per local date once it is done with.
CREATE TABLE ratings_summaries (
    date    TEXT PRIMARY KEY NOT NULL,
    outcome TEXT NOT NULL,          -- 'sent', or 'refused: <the CRM's reason>'
    at      TEXT NOT NULL           -- when, RFC 3339 UTC
) STRICT;
