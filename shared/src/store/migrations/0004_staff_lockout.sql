-- The staff screen's wrong-PIN lockout: one row, so restarting the kiosk does not forget the
-- count. No PIN or hash is ever stored here.
CREATE TABLE staff_lockout (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL DEFAULT 0,
    locks        INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER              -- Unix seconds; NULL when not locked
) STRICT;

-- When the forwarder last started an attempt on each row (RFC 3339 UTC), written in the same
-- statement that counts the attempt. The staff screen's connectivity line reads it: the time of
-- the last failed contact with the CRM survives a restart and an idle forwarder.
ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT;
