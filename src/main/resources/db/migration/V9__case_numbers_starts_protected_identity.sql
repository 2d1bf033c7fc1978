-- casefile's own tables, made before Flyway by Spring's schema.sql (CREATE TABLE IF NOT EXISTS at every start);
-- IF NOT EXISTS stays, so that a database made by then (H2 file or PostgreSQL) migrates to V9 without a change.

-- Case numbers BT-<year>-<5 digits>: one counter row per year, incremented under a row lock.
CREATE TABLE IF NOT EXISTS bt_case_number_counter (
  counter_year INTEGER NOT NULL PRIMARY KEY,
  last_value   INTEGER NOT NULL
);

-- The same start submitted twice (casefile.DuplicateStarts): a one-way fingerprint of user, form and values,
-- kept only for the duplicate-start window. No personal data.
CREATE TABLE IF NOT EXISTS bt_start_fingerprint (
  fingerprint    VARCHAR(64) NOT NULL PRIMARY KEY,
  created_millis BIGINT      NOT NULL
);

-- The identifying fields of a person with protected personal data (casefile.ProtectedIdentityStore): kept out
-- of the engine's variables and history, readable only by the case's handlers and administrators.
CREATE TABLE IF NOT EXISTS bt_protected_identity (
  case_number   VARCHAR(20) NOT NULL PRIMARY KEY,
  identity_json VARCHAR(20000) NOT NULL
);
