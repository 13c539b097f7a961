-- Preview/JDBC store schema. Mirrors the Active Objects entities of the Confluence plugin.
-- Signatures, withdrawals, register changes and engagement reports are append-only: no UPDATE or
-- DELETE touches them anywhere in the code.

CREATE TABLE member (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    phase       VARCHAR(40)  NOT NULL,
    state       VARCHAR(40)  NOT NULL,
    joined_on   DATE         NOT NULL,
    people_json CLOB         NOT NULL
);

CREATE TABLE mou_edition (
    id             VARCHAR(64)  PRIMARY KEY,
    number         INT          NOT NULL UNIQUE,
    title          VARCHAR(400) NOT NULL,
    sections_json  CLOB         NOT NULL,
    effective_date DATE         NOT NULL,
    review_date    DATE         NOT NULL,
    fingerprint    CHAR(64)     NOT NULL
);

CREATE TABLE signature (
    id                  VARCHAR(64)  PRIMARY KEY,
    -- edition|member|role|withdrawals-so-far: one signature per role and edition, until a withdrawal
    slot                VARCHAR(300) NOT NULL UNIQUE,
    edition_id          VARCHAR(64)  NOT NULL REFERENCES mou_edition (id),
    edition_fingerprint CHAR(64)     NOT NULL,
    member_id           VARCHAR(64)  NOT NULL REFERENCES member (id),
    person_email        VARCHAR(254) NOT NULL,
    person_name         VARCHAR(200) NOT NULL,
    role                VARCHAR(20)  NOT NULL,
    signed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    minute_reference    VARCHAR(200)
);
CREATE INDEX signature_edition ON signature (edition_id);

CREATE TABLE withdrawal (
    id           VARCHAR(64)  PRIMARY KEY,
    member_id    VARCHAR(64)  NOT NULL REFERENCES member (id),
    withdrawn_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(254) NOT NULL,
    reason       VARCHAR(2000)
);

CREATE TABLE category_change (
    seq         BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id   VARCHAR(64)   NOT NULL REFERENCES member (id),
    category    VARCHAR(20)   NOT NULL,
    criteria    VARCHAR(2000) NOT NULL,
    set_by      VARCHAR(254)  NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    next_review DATE          NOT NULL
);
CREATE INDEX category_change_member ON category_change (member_id);

CREATE TABLE support_assignment (
    request_id          VARCHAR(100) PRIMARY KEY,
    provider_member_id  VARCHAR(64)  NOT NULL REFERENCES member (id),
    recipient_member_id VARCHAR(64)  NOT NULL REFERENCES member (id),
    state               VARCHAR(10)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE engagement_report (
    seq          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id    VARCHAR(64) NOT NULL REFERENCES member (id),
    level        INT         NOT NULL,
    reasons_json CLOB        NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
