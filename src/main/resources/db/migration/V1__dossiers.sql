-- Vigie web application: accounts, dossiers with their files and findings. Portable SQL (H2 and PostgreSQL).
CREATE TABLE app_user (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    establishment VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE dossier (
    id            VARCHAR(36)  PRIMARY KEY,
    series_id     VARCHAR(36)  NOT NULL,
    version       INTEGER      NOT NULL,
    name          VARCHAR(300) NOT NULL,
    establishment VARCHAR(200) NOT NULL,
    provider      VARCHAR(300) NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    profile       VARCHAR(100) NOT NULL,
    verdict       VARCHAR(30)  NOT NULL,
    critical_gaps INTEGER      NOT NULL,
    pack_id       VARCHAR(100) NOT NULL,
    pack_version  VARCHAR(50)  NOT NULL,
    pack_hash     VARCHAR(64)  NOT NULL,
    report_json   TEXT         NOT NULL
);
CREATE INDEX dossier_by_establishment ON dossier (establishment, created_at);
CREATE INDEX dossier_by_series ON dossier (series_id, version);

CREATE TABLE dossier_file (
    id          VARCHAR(36)  PRIMARY KEY,
    dossier_id  VARCHAR(36)  NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    name        VARCHAR(300) NOT NULL,
    media_type  VARCHAR(150) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    readable    BOOLEAN      NOT NULL
);
CREATE INDEX dossier_file_by_dossier ON dossier_file (dossier_id);

CREATE TABLE finding (
    dossier_id  VARCHAR(36) NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    requirement VARCHAR(50) NOT NULL,
    domain      VARCHAR(20) NOT NULL,
    severity    VARCHAR(20) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    PRIMARY KEY (dossier_id, requirement)
);
CREATE INDEX finding_by_requirement ON finding (requirement, status);
