-- Nothing queries field_clock by HLC alone (export uses `seq`, merges use the primary key);
-- the index only slowed every write and every merge.
DROP INDEX IF EXISTS field_clock_hlc;
