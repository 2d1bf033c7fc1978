-- Migrationsverket's rejections are counted by their ground (docs/statistics.md, "Rejections"): the code of
-- reflectionperiod.RejectionReason, never the decision's own words (free text stays in the engine only).
ALTER TABLE case_file ADD COLUMN rejection_reason VARCHAR(64);
ALTER TABLE case_fact ADD COLUMN rejection_reason VARCHAR(64);
