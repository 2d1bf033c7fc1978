-- The yearly table counts the board's decisions not to apply in the year of that decision
-- (docs/statistics.md, "Declines"): the register keeps the board's decision and the year it was made.
ALTER TABLE case_file ADD COLUMN application_decision VARCHAR(32);
ALTER TABLE case_file ADD COLUMN application_decision_date DATE;
ALTER TABLE case_fact ADD COLUMN application_decision VARCHAR(32);      -- apply | do_not_apply
ALTER TABLE case_fact ADD COLUMN application_decision_year INTEGER;
CREATE INDEX case_fact_board ON case_fact (application_decision_year);
