-- Case numbers BT-<year>-<5 digits>: one counter row per year, incremented under a row lock.
CREATE TABLE IF NOT EXISTS bt_case_number_counter (
  counter_year INTEGER NOT NULL PRIMARY KEY,
  last_value   INTEGER NOT NULL
);
