-- Drafts: one row per visitor session, replaced after every answered page.
CREATE TABLE drafts (
    session_id   TEXT PRIMARY KEY,
    form_id      TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    locale       TEXT NOT NULL,
    answers      TEXT NOT NULL,      -- JSON object: question id -> raw answer
    updated_at   TEXT NOT NULL       -- RFC 3339, UTC
) STRICT;

-- Outbox: one row per confirmed submission. Written in the same transaction that deletes the
-- draft; the forwarder (store-and-forward issue) moves rows to acknowledged or parked.
CREATE TABLE outbox (
    submission_id   TEXT PRIMARY KEY,  -- UUIDv7, the idempotency key
    reference       TEXT NOT NULL UNIQUE,
    form_id         TEXT NOT NULL,
    form_version    INTEGER NOT NULL,
    locale          TEXT NOT NULL,
    payload         TEXT NOT NULL,     -- JSON ValidAnswers
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'acknowledged', 'parked')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    crm_id          TEXT
) STRICT;

CREATE INDEX outbox_pending ON outbox (state, next_attempt_at);
