//! Summary memory benchmark (not a test): a session with 20 worst-case photos chosen for its
//! summary (18 PNGs and 2 baseline JPEGs of 120 million pixels each, the most a photo may have;
//! a PNG of one colour that size is a few hundred kilobytes), printed as a PDF, the process's peak
//! resident memory read; next to it, alternating, the same summary without the photos.
//! Run: `make bench` or `cargo bench -p fieldbook-tests --bench summary`.
//! Target (issue 32): the summary with 20 worst-case images peaks under 300 MB. Before the
//! photos were shrunk before layout, four 0.9 MB PNGs took 4.3 GB.

use anyhow::Result;
use fieldbook_core::media::AttachOptions;
use fieldbook_core::summary::Audience;
use fieldbook_core::{Entity, Passphrase, RecordId, Store};
use fieldbook_pdf::{save_pdf, PdfOptions};
use fieldbook_tests::bench::{env, peak_mib, peak_reset};
use serde_json::json;
use std::path::Path;
use std::time::Instant;

const SIDE: (u32, u32) = (12_000, 10_000);

/// A PNG of SIDE pixels, written row by row: one colour with a band that differs per photo.
fn png(path: &Path, i: u32) -> Result<()> {
    let file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut enc = png::Encoder::new(file, SIDE.0, SIDE.1);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    let mut w = enc.write_header()?.into_stream_writer()?;
    let plain = vec![200u8; SIDE.0 as usize * 3];
    let band: Vec<u8> = (0..SIDE.0 * 3).map(|x| ((x / 3 + i * 40) % 256) as u8).collect();
    for y in 0..SIDE.1 {
        use std::io::Write;
        w.write_all(if y / 500 == i % 20 { &band } else { &plain })?;
    }
    w.finish()?;
    Ok(())
}

/// A baseline JPEG of SIDE pixels.
fn jpeg(path: &Path, i: u32) -> Result<()> {
    let img =
        image::RgbImage::from_fn(SIDE.0, SIDE.1, |x, y| image::Rgb([(x / 47) as u8, (y / 39) as u8, (i * 60) as u8]));
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 70).encode_image(&img)?;
    Ok(())
}

fn session(store: &mut Store, title: &str) -> Result<RecordId> {
    let s = store.create_session(json!({"title": title}).as_object().cloned().unwrap_or_default())?;
    let p = json!({"session_id": s.to_string(), "name": "Amina Rahman", "consent_named": true, "consent_record": true});
    store.create(Entity::Participant, p.as_object().cloned().unwrap_or_default())?;
    Ok(s)
}

fn main() -> Result<()> {
    let photos = env("BENCH_SUMMARY_PHOTOS", 20) as u32;
    let runs = env("BENCH_RUNS", 2).max(1);
    let dir = tempfile::tempdir()?;
    let mut store = Store::init(&dir.path().join("store"), &Passphrase::new("benchmark passphrase words"))?;
    let with = session(&mut store, "With photos")?;
    let without = session(&mut store, "Without photos")?;
    let made = Instant::now();
    let mut files = vec![];
    for i in 0..photos {
        let jpg = i >= photos.saturating_sub(2);
        let path = dir.path().join(if jpg { format!("{i}.jpg") } else { format!("{i}.png") });
        if jpg {
            jpeg(&path, i)?;
        } else {
            png(&path, i)?;
        }
        files.push(path);
    }
    let ids = store.attach(with, &files, &AttachOptions { max_side: None, ..Default::default() })?;
    for id in &ids {
        store.update(
            Entity::Attachment,
            *id,
            json!({"in_summary": true, "tier": "share_back"}).as_object().cloned().unwrap_or_default(),
        )?;
    }
    let size: u64 = files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0)).sum();
    println!(
        "summary memory: {photos} photos of {} Mpx ({} MB on disk), made in {:.0} s",
        u64::from(SIDE.0) * u64::from(SIDE.1) / 1_000_000,
        size >> 20,
        made.elapsed().as_secs_f64()
    );
    let (mut peaks_with, mut peaks_without) = (vec![], vec![]);
    for run in 0..runs {
        for (label, s, peaks) in [("without", without, &mut peaks_without), ("with", with, &mut peaks_with)] {
            peak_reset();
            let start = Instant::now();
            let out = dir.path().join(format!("{label}-{run}.pdf"));
            let summary = save_pdf(&store, s, Audience::Participants, "en", &PdfOptions::default(), &out)?;
            let peak = peak_mib();
            println!(
                "  run {run}: {label:>7} photos: peak {peak} MiB, {:.1} s, {} pictures, PDF {} KB",
                start.elapsed().as_secs_f64(),
                summary.pictures.len(),
                std::fs::metadata(&out)?.len() >> 10
            );
            peaks.push(peak);
        }
    }
    let worst = peaks_with.iter().max().copied().unwrap_or_default();
    let base = peaks_without.iter().max().copied().unwrap_or_default();
    println!(
        "summary memory: peak {worst} MiB with {photos} worst-case photos ({base} MiB without); target < 300 MB: {}",
        if worst * 1_048_576 < 300_000_000 { "met" } else { "NOT met" }
    );
    Ok(())
}
