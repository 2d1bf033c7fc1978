-- The case register (package register): the application's own tables, beside Camunda's ACT_* tables.
-- Written by the engine's hooks in the engine's own transaction; portable SQL (H2 and PostgreSQL).

-- One row per case (kind 'case', keyed by its route's process instance) and one per accompanying child
-- (kind 'child', keyed by its AccompanyingChildProcess instance). Operational: holds no name, no birth date and
-- no free text; deleted with the case's history by retention (register.RegisterRetention).
CREATE TABLE case_file (
  process_instance_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  case_id               VARCHAR(64)  NOT NULL,  -- the case's root process instance (= process_instance_id of a case)
  kind                  VARCHAR(8)   NOT NULL,  -- case | child
  case_number           VARCHAR(32),
  parent_case_number    VARCHAR(32),            -- of a child: its case's number
  child_number          INTEGER,                -- of a child: 1, 2, ... ("Barn 1")
  route                 VARCHAR(32),            -- applicantType: SOCIAL_SERVICES | INVESTIGATION_LEADER
  municipality_code     VARCHAR(8),
  police_region         VARCHAR(32),
  via_coordinator       BOOLEAN,
  stage                 VARCHAR(100),           -- Swedish, e.g. "Väntar på Migrationsverkets beslut"
  next_holder           VARCHAR(100),           -- the next task's assignee, else its candidate group
  next_deadline         TIMESTAMP,
  next_deadline_what    VARCHAR(200),           -- the next task's name
  identification_date   DATE,
  application_date      DATE,
  decision_date         DATE,
  period_end            DATE,                   -- validUntil: the end of the reflection period
  decision_result       VARCHAR(32),
  decline_reason        VARCHAR(64),
  children_count        INTEGER      DEFAULT 0 NOT NULL,
  children_uncovered    INTEGER      DEFAULT 0 NOT NULL,
  covered               BOOLEAN,                -- of a child: childCovered as it stands
  covered_on_arrival    BOOLEAN,                -- of a child: childCovered as first decided
  coverage_basis        VARCHAR(64),
  escalation_open       BOOLEAN,
  person_sex            VARCHAR(16),
  age_band              VARCHAR(16),            -- derived at identification; the birth date is not kept
  exploitation_forms    VARCHAR(200),           -- codes, comma-separated
  breaches              VARCHAR(1000),          -- escalation kinds, comma-separated, one per breach
  outcome               VARCHAR(64),
  outcome_recorded      DATE,
  opened_at             TIMESTAMP    NOT NULL,
  closed_at             TIMESTAMP,
  fact_id               VARCHAR(36)             -- the case's case_fact row; the only link, gone with this row
);
CREATE INDEX case_file_case ON case_file (case_id);
CREATE INDEX case_file_number ON case_file (case_number);
CREATE INDEX case_file_deadline ON case_file (kind, next_deadline);
CREATE INDEX case_file_closed ON case_file (closed_at);

-- The open user tasks of the cases (what the stage, the next holder and the next deadline are derived from).
CREATE TABLE case_task (
  task_id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  case_id               VARCHAR(64)  NOT NULL,
  process_instance_id   VARCHAR(64)  NOT NULL,
  task_key              VARCHAR(100),
  name                  VARCHAR(200),
  holder                VARCHAR(100),
  due                   TIMESTAMP,
  created_at            TIMESTAMP    NOT NULL
);
CREATE INDEX case_task_case ON case_task (case_id);
CREATE INDEX case_task_instance ON case_task (process_instance_id);

-- Anonymous statistics, one row per case: no name, no birth date, no case number, no free text, no dates finer
-- than a year (durations in days instead). Kept after the case and its case_file row are gone, for
-- betanketid.register.fact-retention-years (default 10).
CREATE TABLE case_fact (
  fact_id                      VARCHAR(36)  NOT NULL PRIMARY KEY,
  opened_year                  INTEGER      NOT NULL,
  identification_year          INTEGER,
  application_year             INTEGER,
  decision_year                INTEGER,
  outcome_year                 INTEGER,
  closed_year                  INTEGER,
  municipality_code            VARCHAR(8),
  police_region                VARCHAR(32),
  route                        VARCHAR(32),
  via_coordinator              BOOLEAN,
  sex                          VARCHAR(16),
  age_band                     VARCHAR(16),
  exploitation_forms           VARCHAR(200),  -- codes, comma-separated
  exploitation_category        VARCHAR(32),   -- the one form, or "multiple" (multipel exploatering)
  decision_result              VARCHAR(32),
  decline_reason               VARCHAR(64),
  outcome                      VARCHAR(64),
  days_to_application          INTEGER,       -- identification to application
  days_to_decision             INTEGER,       -- application to decision
  days_open                    INTEGER,       -- opened to closed
  children                     INTEGER      DEFAULT 0 NOT NULL,
  children_uncovered_arrival   INTEGER      DEFAULT 0 NOT NULL,  -- without a basis of their own on arrival
  children_later_covered       INTEGER      DEFAULT 0 NOT NULL,  -- of those: covered since
  children_left_sweden         INTEGER      DEFAULT 0 NOT NULL,  -- of those: left Sweden with the guardian
  children_still_uncovered     INTEGER      DEFAULT 0 NOT NULL,  -- of those: still without
  breaches_advice              INTEGER      DEFAULT 0 NOT NULL,
  breaches_application         INTEGER      DEFAULT 0 NOT NULL,
  breaches_decision            INTEGER      DEFAULT 0 NOT NULL,
  breaches_next_step           INTEGER      DEFAULT 0 NOT NULL,
  breaches_child_protection    INTEGER      DEFAULT 0 NOT NULL,
  breaches_child_basis         INTEGER      DEFAULT 0 NOT NULL,
  breaches_child_investigation INTEGER      DEFAULT 0 NOT NULL,
  closed                       BOOLEAN      DEFAULT FALSE NOT NULL
);
CREATE INDEX case_fact_years ON case_fact (application_year, decision_year, outcome_year);
CREATE INDEX case_fact_closed ON case_fact (closed_year);
