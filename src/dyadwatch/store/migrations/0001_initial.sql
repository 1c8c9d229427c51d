-- 0001_initial: documents, sentences, actors, events, quotes, input errors, runs.
CREATE TABLE documents (
    doc_id              VARCHAR PRIMARY KEY,
    content_hash        VARCHAR NOT NULL,
    source              VARCHAR,
    fmt                 VARCHAR,
    title               VARCHAR,
    author              VARCHAR,
    outlet              VARCHAR,
    url                 VARCHAR,
    published           VARCHAR,
    published_earliest  VARCHAR,
    published_latest    VARCHAR,
    published_why       VARCHAR,
    language            VARCHAR,
    status              VARCHAR NOT NULL,   -- extracted | unsupported_language
    warnings            VARCHAR[],
    boilerplate_lines   VARCHAR[],
    text                VARCHAR NOT NULL,   -- as read; offsets point here
    clean_text          VARCHAR NOT NULL,   -- same length, boilerplate blanked
    raw                 VARCHAR,            -- original markup (HTML)
    words               INTEGER,
    ingested_at         TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- Canonical actors seen in events and quotes (people, governments, organs).
CREATE TABLE actors (
    actor_id    VARCHAR PRIMARY KEY,
    name        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    role        VARCHAR,
    kind        VARCHAR
);

CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    doc_id          VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    mode            VARCHAR,
    source_text     VARCHAR,
    source_actor_id VARCHAR,
    source_name     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    target_text     VARCHAR,
    target_actor_id VARCHAR,
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    date            VARCHAR,
    date_precision  VARCHAR,
    sentence_index  INTEGER,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   VARCHAR NOT NULL,
    more_evidence   VARCHAR,             -- JSON list of {text, start, end}
    confidence      DOUBLE NOT NULL,
    method          VARCHAR,
    flags           VARCHAR[]            -- negated / hypothetical / planned: kept, not exported
);

CREATE TABLE quotes (
    quote_id         VARCHAR PRIMARY KEY,
    doc_id           VARCHAR NOT NULL,
    text             VARCHAR NOT NULL,
    direct           BOOLEAN NOT NULL,
    speaker_text     VARCHAR,
    speaker_actor_id VARCHAR,
    speaker_name     VARCHAR,
    speaker_country  VARCHAR,
    speaker_sector   VARCHAR,
    speaker_role     VARCHAR,
    speaker_chain    VARCHAR[],
    cue              VARCHAR,
    sentence_index   INTEGER,
    start_char       INTEGER NOT NULL,
    end_char         INTEGER NOT NULL,
    confidence       DOUBLE NOT NULL
);

-- Documents that could not be read, by where (file or file:line) and why.
CREATE TABLE input_errors (
    source      VARCHAR NOT NULL,
    code        VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    seen_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (source, code)
);

CREATE TABLE runs (
    run_id          VARCHAR PRIMARY KEY,
    command         VARCHAR NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    documents_read  INTEGER,
    documents_new   INTEGER,
    documents_failed INTEGER,
    events          INTEGER,
    quotes          INTEGER
);
