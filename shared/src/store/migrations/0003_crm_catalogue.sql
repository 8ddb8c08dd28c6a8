-- The form catalogue from the CRM (Open311 services.json and services/{code}.json), mapped onto
-- our form schema. Every generated version is kept, so a submission's (form_id, form_version)
-- in the outbox always names the exact definition the visitor filled.
CREATE TABLE crm_forms (
    form_id      TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    service_code TEXT NOT NULL,
    form_toml    TEXT NOT NULL,      -- the generated definition, as a forms/<id>.toml file
    ftl          TEXT NOT NULL,      -- its en-GB words, as a locales/en-GB/forms/<id>.ftl file
    created_at   TEXT NOT NULL,      -- RFC 3339, UTC
    PRIMARY KEY (form_id, version)
) STRICT;

-- What the CRM offers now, in its order. A successful refresh replaces every row in one
-- transaction; a failed one leaves them, so an outage never empties the menu.
CREATE TABLE crm_services (
    service_code   TEXT PRIMARY KEY,
    position       INTEGER NOT NULL,
    form_id        TEXT NOT NULL UNIQUE,
    version        INTEGER NOT NULL,
    name           TEXT NOT NULL,
    has_definition INTEGER NOT NULL,  -- 0: description-only (no definition, or it 404s)
    fetched_at     TEXT NOT NULL,     -- when this version was last read from the CRM
    FOREIGN KEY (form_id, version) REFERENCES crm_forms (form_id, version)
) STRICT;

-- When the list was last read successfully (one row), so restarts do not refetch it.
CREATE TABLE crm_catalogue_refresh (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    refreshed_at TEXT NOT NULL
) STRICT;
