-- What the CRM last said about an acknowledged submission, for "Track an enquiry" when the
-- kiosk is offline. One row per submission, replaced at each successful check.
CREATE TABLE crm_status (
    submission_id TEXT PRIMARY KEY REFERENCES outbox (submission_id) ON DELETE CASCADE,
    state         TEXT NOT NULL,     -- open, closed, or the CRM's own word
    notes         TEXT NOT NULL,     -- the council's note, sealed like the answers ('' if none)
    updated_at    TEXT,              -- the CRM's updated_datetime
    expected_at   TEXT,              -- the CRM's expected_datetime
    checked_at    TEXT NOT NULL      -- when this kiosk asked, RFC 3339 UTC
) STRICT;
