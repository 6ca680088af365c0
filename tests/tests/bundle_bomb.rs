//! Decompression bombs: a ~4 MB bundle whose payload inflates to 4 GiB, signed and encrypted for
//! real, is refused by `import` (from a trusted signer) and shown by `inspect` (from an unknown
//! one) without inflating it. Peak memory is measured around each step (this binary holds only
//! this test, so the process's high-water mark is the test's).

use fieldbook_core::sync::bundle::{seal_payload, Manifest, Seal, FORMAT_WITHOUT_MEDIA};
use fieldbook_core::sync::{Authority, ImportOptions};
use fieldbook_core::{Passphrase, Store};
use flate2::{Compress, Compression, FlushCompress};

const MIB: usize = 1 << 20;

/// The process's peak resident memory so far, in bytes (`VmHWM`).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    line.split_whitespace().nth(1).and_then(|k| k.parse::<u64>().ok()).expect("kB") * 1024
}

/// A raw DEFLATE stream of `prefix` then `gib` GiB of `fill`: one MiB of `fill` compressed once,
/// repeated (each piece ends byte-aligned with a sync flush and refers only to the `fill` before
/// it), then an empty final block.
fn bomb(prefix: &[u8], fill: u8, gib: usize) -> Vec<u8> {
    let mut c = Compress::new(Compression::best(), false);
    let ones = vec![fill; MIB];
    let mut piece = |input: &[u8]| {
        let mut out = Vec::with_capacity(input.len() + 1024);
        c.compress_vec(input, &mut out, FlushCompress::Sync).expect("compress");
        out
    };
    let mut first = prefix.to_vec();
    first.extend_from_slice(&ones);
    let mut stream = piece(&first);
    let repeated = piece(&ones);
    for _ in 1..gib * 1024 {
        stream.extend_from_slice(&repeated);
    }
    stream.extend_from_slice(&[0x03, 0x00]);
    stream
}

/// A format 2 block whose one text value claims 4 GiB: the bytes before the text.
fn text_block_head() -> Vec<u8> {
    let mut b = vec![];
    let string = |b: &mut Vec<u8>, s: &[u8]| {
        b.push(s.len() as u8);
        b.extend_from_slice(s);
    };
    string(&mut b, b"session");
    b.push(1);
    string(&mut b, b"title");
    b.push(1);
    b.extend_from_slice(&[7; 16]);
    b.push(1); // one record
    b.extend_from_slice(&[9; 16]);
    b.push(1); // one field
    b.push(0); // field 0
    b.push(4); // Value::Text
    let mut len = 4u64 << 30;
    while len >= 0x80 {
        b.push((len as u8) | 0x80);
        len >>= 7;
    }
    b.push(len as u8);
    b
}

fn sealed(from: &Store, to: &Store, payload: &[u8], changes: u64) -> Vec<u8> {
    let manifest = Manifest {
        format: FORMAT_WITHOUT_MEDIA,
        bundle_id: uuid::Uuid::now_v7(),
        created_at: "2026-11-30T00:00:00Z".into(),
        sender_device: from.device_id(),
        sender_key: String::new(),
        recipients: vec![],
        full: true,
        version_vector: Default::default(),
        hlc_range: (0, 0),
        seq_range: (0, 0),
        changes,
        tombstones: 0,
        payload_sha256: String::new(),
        app_version: String::new(),
        payload_len: 0,
        media: vec![],
    };
    let to_key = vec![to.keys().age_recipient()];
    seal_payload(manifest, payload, from.keys().signing_key(), Seal::Recipients(&to_key)).expect("seal")
}

#[test]
fn a_decompression_bomb_costs_almost_nothing_through_import_and_inspect() {
    let dirs = (tempfile::tempdir().expect("t"), tempfile::tempdir().expect("t"), tempfile::tempdir().expect("t"));
    let pass = Passphrase::new("bomb squad words here");
    let mut office = Store::init(dirs.0.path(), &pass).expect("office");
    let sender = Store::init(dirs.1.path(), &pass).expect("sender");
    let zeros = bomb(&[], 0, 4);
    let text = bomb(&text_block_head(), b'a', 4);
    for (name, payload) in [("zeros", &zeros), ("text", &text)] {
        assert!(payload.len() < 8 * MIB, "{name}: {} bytes", payload.len());
        let file = dirs.2.path().join(format!("{name}.fieldbook"));
        std::fs::write(&file, sealed(&sender, &office, payload, 1)).expect("write");
        let size = std::fs::metadata(&file).expect("size").len();
        assert!(size < 8 * MIB as u64, "a ~4 MB file: {size}");

        // From a stranger, inspect shows the manifest and never inflates the payload.
        let before = peak_memory();
        let seen = office.inspect_bundle_file(&file, None).expect("inspect");
        assert!(!seen.sender_trusted && seen.manifest.changes == 1);
        let inspect_cost = peak_memory().saturating_sub(before);

        // From a trusted device (a compromised one), import refuses it, all or nothing.
        let opts = ImportOptions { trust_new_devices: true, new_devices: Authority::FULL, ..ImportOptions::default() };
        let err = office.import_files(std::slice::from_ref(&file), &opts).expect_err("a bomb is refused");
        assert_eq!(err.root().code(), "bundle-damaged", "{name}: {err}");
        let import_cost = peak_memory().saturating_sub(before);
        assert!(office.import_log().expect("log").is_empty());
        println!("{name}: file {size} B; peak grew {inspect_cost} B by inspect, {import_cost} B by import");
        // The payload inflates to 4 GiB; a refusal may cost the file, its decryption and the
        // allowance of a one-change bundle (16 MiB), not the inflated size.
        assert!(import_cost < 128 * MIB as u64, "{name}: import grew the peak by {import_cost} B");
        assert!(inspect_cost < 64 * MIB as u64, "{name}: inspect grew the peak by {inspect_cost} B");
    }
}

#[test]
fn a_file_larger_than_any_bundle_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("t");
    let big = dir.path().join("big.fieldbook");
    let f = std::fs::File::create(&big).expect("create");
    // Sparse: the size says 65 GiB (media pass through in pieces, so the limit is high), the
    // disk holds nothing.
    f.set_len(65 << 30).expect("set_len");
    let office = Store::init(&dir.path().join("office"), &Passphrase::new("bomb squad words here")).expect("init");
    let err = office.inspect_bundle_file(&big, None).expect_err("too large");
    assert_eq!(err.root().code(), "bundle-too-large");
}

#[test]
fn a_bundle_listing_too_many_recipients_is_refused_before_any_is_tried() {
    let dirs = (tempfile::tempdir().expect("t"), tempfile::tempdir().expect("t"));
    let pass = Passphrase::new("bomb squad words here");
    let office = Store::init(dirs.0.path(), &pass).expect("office");
    let sender = Store::init(dirs.1.path(), &pass).expect("sender");
    let mut to: Vec<String> = (0..100).map(|_| age::x25519::Identity::generate().to_public().to_string()).collect();
    to.push(office.keys().age_recipient());
    let manifest = Manifest {
        format: FORMAT_WITHOUT_MEDIA,
        bundle_id: uuid::Uuid::now_v7(),
        created_at: "2026-11-30T00:00:00Z".into(),
        sender_device: sender.device_id(),
        sender_key: String::new(),
        recipients: vec![],
        full: true,
        version_vector: Default::default(),
        hlc_range: (0, 0),
        seq_range: (0, 0),
        changes: 0,
        tombstones: 0,
        payload_sha256: String::new(),
        app_version: String::new(),
        payload_len: 0,
        media: vec![],
    };
    let payload = fieldbook_core::sync::bundle::compress(&[]).expect("empty payload");
    let bytes = seal_payload(manifest, &payload, sender.keys().signing_key(), Seal::Recipients(&to)).expect("seal");
    let err = office.inspect_bundle(&bytes, None).expect_err("refused");
    assert_eq!(err.root().code(), "bundle-damaged");
    assert!(err.to_string().contains("recipients; bundles list at most 64"), "{err}");
}

#[test]
fn an_age_header_that_never_ends_is_refused_before_age_reads_it() {
    let dir = tempfile::tempdir().expect("t");
    let office = Store::init(dir.path(), &Passphrase::new("bomb squad words here")).expect("office");
    // One recipient line, then megabytes of stanza body: age would re-read the header per line.
    let mut file = b"age-encryption.org/v1\n-> X25519 AAAA\n".to_vec();
    while file.len() < 4 * MIB {
        file.extend_from_slice(&[b'A'; 64]);
        file.push(b'\n');
    }
    let started = std::time::Instant::now();
    let err = office.inspect_bundle(&file, None).expect_err("refused");
    assert_eq!(err.root().code(), "not-a-bundle");
    println!("refused in {:?}", started.elapsed());
}
