-- Camunda's tables stay Camunda's: the indexes the statistics once added to ACT_HI_VARINST at start (when they
-- read history) are dropped from databases made by an earlier version. The statistics read case_fact now.
-- (Unqualified: an engine with a table prefix of its own schema keeps them; drop them there by hand.)
DROP INDEX IF EXISTS bt_idx_hi_varinst_name_text;
DROP INDEX IF EXISTS bt_idx_hi_varinst_name_created;
DROP INDEX IF EXISTS bt_idx_hi_varinst_dates;
