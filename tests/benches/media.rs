//! Media benchmark (not a test): a facilitator attaches 200 photos of ~3 MB to a session and
//! exports a bundle with them; the export is timed next to the `age` CLI encrypting the same
//! bytes (what a bundle cannot beat: it is an age file), alternating, and its peak memory read.
//! Run: `make bench` or `cargo bench -p fieldbook-tests --bench media`.
//! Sizes: BENCH_PHOTOS (200), BENCH_RUNS (3: medians); BENCH_MEDIA_DIR holds the photos (~600 MB)
//! and the stores (default: a temporary folder).
//! Target (issue "Workshop media"): the export ≤ 1.5× the age CLI; memory stays far below the
//! bundle's size (the photos are streamed, never held whole).

use anyhow::{ensure, Context, Result};
use fieldbook_core::media::AttachOptions;
use fieldbook_core::sync::ExportOptions;
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, Store};
use fieldbook_tests::bench::{env, peak_mib, peak_reset};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

/// A camera-like JPEG of ~3 MB (noise compresses as badly as a detailed photo).
fn base_photo() -> Result<Vec<u8>> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let img = image::RgbImage::from_fn(2400, 1800, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed & 0x3f) as u8;
        image::Rgb([((x / 8) as u8).wrapping_add(n), ((y / 8) as u8).wrapping_add(n / 2), 90u8.wrapping_add(n)])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88).encode_image(&img)?;
    Ok(out.into_inner())
}

/// Photo `i`: the base with a few bytes of its scan data changed (a different photo to the
/// hash, still a whole JPEG), so that no two are stored once.
fn variant(base: &[u8], i: usize) -> Vec<u8> {
    let mut b = base.to_vec();
    let mut changed = 0;
    let mut at = b.len() / 2 + i * 7919 % (b.len() / 4);
    while changed < 4 && at + 2 < b.len() {
        if b[at - 1] != 0xFF && b[at] != 0xFF && b[at] ^ 1 != 0xFF && b[at + 1] != 0xFF {
            b[at] ^= 1;
            changed += 1;
        }
        at += 101;
    }
    b
}

/// CPU time this process has used (user and system), in seconds.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or_default().split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or_default();
    (ticks(11) + ticks(12)) / 100.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<()> {
    let photos = env("BENCH_PHOTOS", 200);
    let runs = env("BENCH_RUNS", 3).max(1);
    let tmp = tempfile::tempdir()?;
    let dir = std::env::var_os("BENCH_MEDIA_DIR").map_or_else(|| tmp.path().to_path_buf(), PathBuf::from);
    let files = dir.join("photos");
    std::fs::create_dir_all(&files)?;
    let base = base_photo()?;
    let paths: Vec<PathBuf> = (0..photos)
        .map(|i| {
            let p = files.join(format!("IMG_{i:04}.jpg"));
            if !p.is_file() {
                std::fs::write(&p, variant(&base, i))?;
            }
            Ok(p)
        })
        .collect::<Result<_>>()?;
    let bytes: u64 = paths.iter().map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or_default()).sum();
    println!("media: {photos} photos, {:.1} MB each, {:.0} MB in all", base.len() as f64 / 1e6, bytes as f64 / 1e6);

    let pass = Passphrase::new(fieldbook_tests::bench::PASS);
    let store_dir = dir.join("field");
    let _ = std::fs::remove_dir_all(&store_dir);
    let mut store = Store::init(&store_dir, &pass)?;
    let session = store.create(Entity::Session, serde_json::Map::new())?;
    let office = age::x25519::Identity::generate();
    let recipient = office.to_public().to_string();
    store.add_recipient(&recipient, "office", Tier::Internal)?;

    // Attaching, as a facilitator would after a workshop: in batches of 20 from the dialog.
    peak_reset();
    let start = Instant::now();
    for batch in paths.chunks(20) {
        store.attach(session, batch, &AttachOptions::default())?;
    }
    let attach = start.elapsed().as_secs_f64();
    println!("attach: {attach:.2} s ({:.0} MB/s), peak {} MiB", bytes as f64 / 1e6 / attach, peak_mib());

    // The bytes as stored, for the age CLI to encrypt: one file, as a bundle is one file.
    let plain = dir.join("stored.bin");
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&plain)?);
        for a in store.attachments(session)? {
            let (_, b) = store.attachment_bytes(a.id.parse()?)?;
            std::io::Write::write_all(&mut out, &b)?;
        }
    }
    let (mut ours, mut theirs, mut peaks) = (vec![], vec![], vec![]);
    let out = dir.join("bundle.fieldbook");
    for round in 0..runs {
        let run_age = || -> Result<f64> {
            let start = Instant::now();
            let ok = Command::new("age")
                .args(["-r", &recipient, "-o"])
                .arg(dir.join("stored.age"))
                .arg(&plain)
                .stdout(Stdio::null())
                .status()
                .context("the age CLI (make test installs it)")?
                .success();
            ensure!(ok, "age failed");
            Ok(start.elapsed().as_secs_f64())
        };
        let run_export = |store: &mut Store| -> Result<(f64, u64)> {
            peak_reset();
            let (start, cpu) = (Instant::now(), cpu_seconds());
            let report = store.export_bundle(&out, &ExportOptions { full: true, ..ExportOptions::default() })?;
            let t = start.elapsed().as_secs_f64();
            println!("  export used {:.2} s of CPU in {t:.2} s", cpu_seconds() - cpu);
            ensure!(report.media.files == photos as u64, "all photos in the bundle");
            Ok((t, peak_mib()))
        };
        // Alternating which goes first: this machine's speed swings over minutes.
        if round % 2 == 0 {
            let (t, p) = run_export(&mut store)?;
            ours.push(t);
            peaks.push(p as f64);
            theirs.push(run_age()?);
        } else {
            theirs.push(run_age()?);
            let (t, p) = run_export(&mut store)?;
            ours.push(t);
            peaks.push(p as f64);
        }
        println!("round {round}: export {:.2} s, age {:.2} s", ours[round], theirs[round]);
    }
    // Where an export's time goes: reading the stored bytes (SQLCipher decrypts each page),
    // encrypting them (age, in this process), and writing the file to disk (synced).
    let start = Instant::now();
    let mut read = 0usize;
    for a in store.attachments(session)? {
        read += store.attachment_bytes(a.id.parse()?)?.1.len();
    }
    let reading = start.elapsed().as_secs_f64();
    let plain_bytes = std::fs::read(&plain)?;
    let start = Instant::now();
    let mut w = age::Encryptor::with_recipients(std::iter::once(&office.to_public() as &dyn age::Recipient))?
        .wrap_output(std::io::sink())?;
    std::io::Write::write_all(&mut w, &plain_bytes)?;
    w.finish()?;
    let encrypting = start.elapsed().as_secs_f64();
    let start = Instant::now();
    {
        let mut f = std::fs::File::create(dir.join("copy.bin"))?;
        std::io::Write::write_all(&mut f, &plain_bytes)?;
        f.sync_all()?;
    }
    let writing = start.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(dir.join("copy.bin"));
    println!("where the time goes: reading {read} stored bytes {reading:.2} s, age encryption in process {encrypting:.2} s, writing and syncing {writing:.2} s");
    let (e, a) = (median(ours), median(theirs));
    let size = std::fs::metadata(&out)?.len();
    println!(
        "media export: {e:.2} s vs age CLI {a:.2} s = {:.2}x (target <= 1.5x); bundle {:.0} MB; peak resident size of the process during the export {:.0} MiB",
        e / a,
        size as f64 / 1e6,
        median(peaks)
    );
    drop(store);
    let _ = std::fs::remove_file(dir.join("stored.age"));
    let _ = std::fs::remove_file(&plain);
    Ok(())
}
