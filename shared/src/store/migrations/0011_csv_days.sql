-- Daily CSV files of a form's submissions: one row per form and local date once its file is
-- delivered (or refused for good), so each is delivered at most once, across restarts. The file
-- itself is never kept: it is built from the outbox rows when delivered.
CREATE TABLE csv_days (
    form_id TEXT NOT NULL CHECK (length(form_id) BETWEEN 1 AND 40),
    date    TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    outcome TEXT NOT NULL,          -- 'sent', or 'refused: <why>'
    at      TEXT NOT NULL,          -- when, RFC 3339 UTC
    PRIMARY KEY (form_id, date)
) STRICT, WITHOUT ROWID;
