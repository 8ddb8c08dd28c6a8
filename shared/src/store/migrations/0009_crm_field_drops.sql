-- Fields a CRM accepted without keeping (its reply showed them empty), flagged for staff once per
-- form, server and field: the first submission that showed it is kept, later ones add nothing.
-- No personal data: field names only.
CREATE TABLE crm_field_drops (
    form_id         TEXT NOT NULL,
    server          TEXT NOT NULL,   -- the CRM's base URL as configured
    field           TEXT NOT NULL,   -- as sent: address_string, email, attribute[items], description
    first_reference TEXT NOT NULL,   -- the submission whose reply first showed it
    first_seen_at   TEXT NOT NULL,   -- RFC 3339 UTC
    PRIMARY KEY (form_id, server, field)
) STRICT;
