-- Sync stamps per record instead of per field (see core/src/store/clock.rs for the blob layout).
--
-- With one `field_clock` row per field, merging a large bundle wrote and indexed a row for every
-- field and a full export read one back for every field: several times slower than the sync
-- targets (docs/benchmarks.md). `record_clock` keeps one row per record; `seq` is the latest
-- arrival among its fields, so an incremental export still finds what changed by index.
-- `device_clock` keeps the newest HLC seen from each device (the bundle's version vector).
CREATE TABLE record_clock (
    entity TEXT NOT NULL,
    id     BLOB NOT NULL,
    seq    INTEGER NOT NULL,
    stamps BLOB NOT NULL,
    PRIMARY KEY (entity, id)
) STRICT, WITHOUT ROWID;
CREATE INDEX record_clock_seq ON record_clock(seq);

CREATE TABLE device_clock (
    device BLOB PRIMARY KEY,
    hlc    BLOB NOT NULL
) STRICT, WITHOUT ROWID;

-- Entry: name length, name, HLC, device, seq (8 bytes, big-endian), 0 or 1 + base stamp.
INSERT INTO record_clock (entity, id, seq, stamps)
SELECT entity, id, max(seq),
       unhex(group_concat(printf('%02x', length(field)) || hex(field) || hex(hlc) || hex(device)
                          || printf('%016x', seq)
                          || CASE WHEN base IS NULL THEN '00' ELSE '01' || hex(base) END, '' ORDER BY field))
FROM field_clock
GROUP BY entity, id;

INSERT INTO device_clock (device, hlc) SELECT device, max(hlc) FROM field_clock GROUP BY device;

DROP TABLE field_clock;
