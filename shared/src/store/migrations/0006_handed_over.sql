-- Set when a submission left this kiosk in a hand-delivery bundle ('exported at …'), or arrived
-- in one ('imported at …'). Either way another machine may already have sent it, so the Open311
-- connector looks for it at the CRM before its first send (the webhook's idempotency key
-- covers it already).
ALTER TABLE outbox ADD COLUMN handed_over TEXT;
