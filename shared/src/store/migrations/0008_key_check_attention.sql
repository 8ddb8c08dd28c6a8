-- One row that ties the database to its data key: a known text sealed with the key. Opening the
-- database with another key (or none, while sealed rows exist) is refused rather than silently
-- starting a new key, which would make every sealed row unreadable for good.
CREATE TABLE store_meta (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_check  TEXT NOT NULL,       -- KEY_CHECK_TEXT sealed under the key, bound to "store_meta"
    created_at TEXT NOT NULL        -- RFC 3339 UTC
) STRICT;

-- last_error is sealed from now on (a CRM may echo the visitor's words in its refusal). What
-- kind of error it was stays readable without the key, for "needs attention": a status code or
-- one of our own words (unreachable, timeout, unreadable), never the CRM's text.
ALTER TABLE outbox ADD COLUMN error_kind TEXT;
-- When the row started failing with that kind of error (RFC 3339 UTC); NULL when it is not
-- failing. A row failing the same way for longer than [crm] attention_after_hours needs staff.
ALTER TABLE outbox ADD COLUMN failing_since TEXT;
