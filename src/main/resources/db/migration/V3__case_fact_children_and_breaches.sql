-- The yearly table counts a child in the year it was registered and a deadline breach in the year it happened
-- (docs/statistics.md): anonymous rows beside case_fact, linked by fact_id only, kept and deleted with it.

-- One row per accompanying child of a case: no name, no birth date, no case or child number.
CREATE TABLE case_fact_child (
  fact_id               VARCHAR(36)  NOT NULL,
  registered_year       INTEGER      NOT NULL,
  running               BOOLEAN      NOT NULL,
  covered               BOOLEAN,                -- childCovered as it stands
  covered_on_arrival    BOOLEAN,                -- childCovered as first decided
  coverage_basis        VARCHAR(64),
  escalation_open       BOOLEAN
);
CREATE INDEX case_fact_child_fact ON case_fact_child (fact_id);
CREATE INDEX case_fact_child_year ON case_fact_child (registered_year);

-- A case's deadline breaches by the year they happened and their escalation kind.
CREATE TABLE case_fact_breach (
  fact_id               VARCHAR(36)  NOT NULL,
  breach_year           INTEGER      NOT NULL,
  kind                  VARCHAR(40)  NOT NULL,
  breaches              INTEGER      NOT NULL
);
CREATE INDEX case_fact_breach_fact ON case_fact_breach (fact_id);
CREATE INDEX case_fact_breach_year ON case_fact_breach (breach_year);
