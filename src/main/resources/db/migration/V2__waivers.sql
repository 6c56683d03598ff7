-- Waivers (dérogations) recorded by legal staff or auditors: for one dossier (all its versions) or for every
-- dossier of a provider; the report shows them, expired ones included.
CREATE TABLE waiver (
    id            VARCHAR(36)  PRIMARY KEY,
    requirement   VARCHAR(50)  NOT NULL,
    series_id     VARCHAR(36),
    provider      VARCHAR(300),
    justification TEXT         NOT NULL,
    author        VARCHAR(100) NOT NULL,
    expires       DATE         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX waiver_by_series ON waiver (series_id);
CREATE INDEX waiver_by_provider ON waiver (provider);
