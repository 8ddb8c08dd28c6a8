-- When the CRM acknowledged a submission: the retention window for its personal data runs
-- from here. NULL until acknowledged.
ALTER TABLE outbox ADD COLUMN acknowledged_at TEXT;
-- Set once the answers have been deleted after the retention window; the reference, state and
-- CRM id stay so the visitor can still track the enquiry.
ALTER TABLE outbox ADD COLUMN purged_at TEXT;
