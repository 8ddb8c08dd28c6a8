-- The card a visitor used, when they used one: the identity JSON ({"card", "provider",
-- "verified", "check"}), sealed with the store's key and bound to "<submission_id>:identity", so it
-- cannot be swapped with the answers. NULL when no card was used, and again once the answers
-- are purged after the retention window.
ALTER TABLE outbox ADD COLUMN identity TEXT;
