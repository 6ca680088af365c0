-- No table changes: this version marks stores whose `record_clock.stamps` blobs may be in the
-- coded layout (core/src/store/stamps.rs), which a Fieldbook built before it cannot read. Such a
-- build now refuses the store as made by a newer version instead of failing on its first read.
SELECT 1;
