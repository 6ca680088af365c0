//! Printed summaries as an office makes them with the CLI: real PDFs, read back with poppler's
//! `pdftotext` and `pdftoppm`, so what is checked is what a participant would read.

use anyhow::{ensure, Context, Result};
use fieldbook_tests::{cli, cli_lang, workspace};
use std::path::{Path, PathBuf};
use std::process::Command;

const PASS: &str = "office laptop passphrase";
const SESSION: &str = "0190a000-0000-7000-8000-000000000001";

fn store_with_fixture() -> Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    let fixture = workspace().join("tests/fixtures/at-risk-session.json");
    cli(dir.path(), PASS, &["sessions", "put", "--from-json", &fixture.display().to_string()])?;
    Ok(dir)
}

fn pdftotext(pdf: &Path) -> Result<String> {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .context("pdftotext (poppler-utils; make test installs it)")?;
    ensure!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8(out.stdout)?)
}

fn summary(dir: &Path, lang: &str, extra: &[&str]) -> Result<(PathBuf, String)> {
    let pdf = dir.join(format!("summary-{lang}-{}.pdf", extra.join("-").replace("--", "")));
    let mut args = vec!["summary", SESSION, "--pdf", pdf.to_str().context("utf-8 path")?];
    args.extend_from_slice(extra);
    cli_lang(dir, PASS, lang, &args)?;
    let text = pdftotext(&pdf)?;
    Ok((pdf, text))
}

#[test]
fn the_share_back_pdf_never_names_people_at_risk_or_without_consent() -> Result<()> {
    let dir = store_with_fixture()?;
    let (_, text) = summary(dir.path(), "en", &[])?;
    for hidden in ["Dolores", "Quispe", "Kalinda", "Cleaners", "They know where I live", "retaliation", "Follow up"] {
        assert!(!text.contains(hidden), "{hidden:?} is in the participants' PDF:\n{text}");
    }
    for shown in ["Amina Rahman", "Rosa", "What we heard", "14 votes", "Next check-in", "2026-09-12", "Page 1 of 1"] {
        assert!(text.contains(shown), "{shown:?} missing from the participants' PDF:\n{text}");
    }
    // The verification code is on every page, and it is the one the CLI reported.
    let code = text.split("Verification code ").nth(1).map(|s| &s[..9]).context("no verification code")?;
    assert_eq!(text.matches(&format!("Verification code {code}")).count(), 2, "header and footer of the one page");

    let (_, internal) = summary(dir.path(), "es", &["--audience", "restricted", "--paper", "letter"])?;
    for shown in [
        "Dolores Quispe",
        "En riesgo",
        "Kalinda Sok",
        "They know where I live",
        "Riesgos mencionados",
        "Notas internas",
    ] {
        assert!(internal.contains(shown), "{shown:?} missing from the internal PDF:\n{internal}");
    }
    assert!(internal.contains("Página 1 de 2") || internal.contains("Página 1 de 1"), "{internal}");
    Ok(())
}

#[test]
fn batch_printing_writes_one_pdf_per_session() -> Result<()> {
    let dir = store_with_fixture()?;
    cli(dir.path(), PASS, &["demo-data", "--sessions", "3", "--seed", "2"])?;
    let out = dir.path().join("print");
    let said = cli(dir.path(), PASS, &["summary", "--all", "--out-dir", out.to_str().context("path")?])?;
    let mut files: Vec<_> = std::fs::read_dir(&out)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    files.sort();
    assert_eq!(files.len(), 4, "{said}");
    for f in &files {
        let text = pdftotext(f)?;
        assert!(text.contains("Verification code"), "{}", f.display());
        assert!(said.contains(&f.display().to_string()));
    }
    assert!(files.iter().any(|f| f.to_string_lossy().ends_with("00000001_participants.pdf")));
    Ok(())
}

#[test]
fn wrong_arguments_say_what_to_do() -> Result<()> {
    let dir = store_with_fixture()?;
    let err = cli_lang(dir.path(), PASS, "de", &["summary", SESSION, "--pdf", "x.pdf"]).expect_err("no German");
    assert!(format!("{err:#}").contains("en, es, fr, pt, ne, km, ar"), "{err:#}");
    let err = cli(dir.path(), PASS, &["summary", SESSION]).expect_err("no --pdf");
    assert!(format!("{err:#}").contains("--pdf"), "{err:#}");
    let missing = "0190a000-0000-7000-8000-0000000000ff";
    let err = cli(dir.path(), PASS, &["summary", missing, "--pdf", "x.pdf"]).expect_err("no such session");
    assert!(format!("{err:#}").contains("no longer exists"), "{err:#}");
    Ok(())
}

/// One session per script, with enough text that the script dominates the page.
fn script_session(id: &str, title: &str, said: &str, priority: &str) -> serde_json::Value {
    let question = |n: u32, text: &str| serde_json::json!({"id": format!("{}{n}", &id[..id.len() - 1]), "position": n, "text": text, "answer": said});
    serde_json::json!({
        "session": {"id": id, "title": title, "starts_at": "2026-04-02T10:00", "time_zone": "UTC", "place": title},
        "questions": [question(2, title), question(3, priority)],
        "priorities": [{"position": 1, "title": priority, "votes": 7, "description": said}],
        "supports": [{"position": 1, "what": priority, "role": "ally", "status": "agreed"}],
    })
}

/// Share of ink pixels that differ between two renderings of the same page.
fn ink_difference(a: &[u8], b: &[u8]) -> f64 {
    let ink = |p: &u8| *p < 128;
    let inked = a.iter().filter(|p| ink(p)).count().max(b.iter().filter(|p| ink(p)).count()).max(1);
    let differ = a.iter().zip(b).filter(|(x, y)| ink(x) != ink(y)).count();
    differ as f64 / inked as f64
}

fn gray_png(path: &Path) -> Result<(u32, u32, Vec<u8>)> {
    let mut decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path)?));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info()?;
    let mut buf = vec![0; reader.output_buffer_size().context("png size")?];
    let info = reader.next_frame(&mut buf)?;
    let channels = info.color_type.samples();
    let gray = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|px| px[..channels.min(3)].iter().map(|&v| v as u32).sum::<u32>() / channels.min(3) as u32)
        .map(|v| v as u8)
        .collect();
    Ok((info.width, info.height, gray))
}

/// Golden pages: Khmer, Devanagari (Nepali) and Arabic must shape as on the reference images in
/// `docs/summaries/` (made on Debian 12's fonts-noto-core). `FIELDBOOK_UPDATE_GOLDEN=1` rewrites
/// them after a deliberate layout change; look at them before committing.
#[test]
fn khmer_devanagari_and_arabic_render_like_the_reference_pages() -> Result<()> {
    let dir = tempfile::tempdir()?;
    cli(dir.path(), PASS, &["init"])?;
    let scripts = [
        (
            "khmer",
            "0190a000-0000-7000-8000-0000000001a0",
            "វគ្គស្តាប់សហជីពកម្មករផ្ទះ",
            "យើងត្រូវការកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ និងប្រាក់ឈ្នួលសមរម្យ។ ស្ត្រីៗនៅភូមិយើងធ្វើការពេលយប់ដោយគ្មានប្រាក់បន្ថែម។",
            "សុវត្ថិភាពនៅកន្លែងធ្វើការ",
            0x1780..=0x17FF,
        ),
        (
            "devanagari",
            "0190a000-0000-7000-8000-0000000002a0",
            "घरेलु कामदार सङ्घसँग सुन्ने सत्र",
            "हामीलाई लिखित सम्झौता र उचित ज्याला चाहिन्छ। गाउँका महिलाहरू राति थप पारिश्रमिक बिना काम गर्छन्।",
            "कार्यस्थलमा सुरक्षा",
            0x0900..=0x097F,
        ),
        (
            "arabic",
            "0190a000-0000-7000-8000-0000000003a0",
            "جلسة استماع مع نقابة العاملات في المنازل",
            "نحتاج إلى عقود مكتوبة وأجور عادلة. النساء في قريتنا يعملن ليلاً دون أجر إضافي.",
            "السلامة في مكان العمل",
            0x0600..=0x06FF,
        ),
    ];
    let update = std::env::var_os("FIELDBOOK_UPDATE_GOLDEN").is_some();
    for (name, id, title, said, priority, range) in scripts {
        let json = dir.path().join(format!("{name}.json"));
        std::fs::write(&json, script_session(id, title, said, priority).to_string())?;
        cli(dir.path(), PASS, &["sessions", "put", "--from-json", json.to_str().context("path")?])?;
        let pdf = dir.path().join(format!("{name}.pdf"));
        cli(dir.path(), PASS, &["summary", id, "--pdf", pdf.to_str().context("path")?])?;

        let text = pdftotext(&pdf)?;
        let in_script = text.chars().filter(|c| range.contains(&(*c as u32))).count();
        assert!(in_script > 100, "{name}: only {in_script} characters of the script came back out of the PDF:\n{text}");

        let stem = dir.path().join(name);
        let status = Command::new("pdftoppm")
            .args(["-r", "60", "-gray", "-png", "-singlefile"])
            .arg(&pdf)
            .arg(&stem)
            .status()?;
        ensure!(status.success(), "pdftoppm failed for {name}");
        let rendered = stem.with_extension("png");
        let reference = workspace().join(format!("docs/summaries/{name}.png"));
        if update {
            std::fs::create_dir_all(reference.parent().context("docs dir")?)?;
            std::fs::copy(&rendered, &reference)?;
            continue;
        }
        let (w, h, got) = gray_png(&rendered)?;
        let (rw, rh, want) =
            gray_png(&reference).with_context(|| format!("reference image {}", reference.display()))?;
        assert_eq!((w, h), (rw, rh), "{name}: page size changed");
        let diff = ink_difference(&got, &want);
        if diff > 0.05 {
            let kept = workspace().join(format!("target/golden-{name}.png"));
            std::fs::copy(&rendered, &kept)?;
            panic!(
                "{name}: {:.1}% of the ink differs from {}; see {}",
                diff * 100.0,
                reference.display(),
                kept.display()
            );
        }
    }
    Ok(())
}

/// Every language's labels are in its summary: read back from the PDF (directional marks that
/// `pdftotext` adds around right-to-left runs, and Arabic's vowel marks, removed). Khmer's text comes back from typst's PDF
/// with clusters repeated, so for it the embedded font is checked instead, and the pages were
/// looked at (`docs/summaries.md`).
#[test]
fn summaries_are_labelled_in_every_language() -> Result<()> {
    let dir = store_with_fixture()?;
    for (lang, _) in fieldbook_core::i18n::LANGUAGES {
        let (pdf, text) = summary(dir.path(), lang, &[])?;
        let catalog = fieldbook_core::i18n::Catalog::new(lang);
        if *lang == "km" {
            let fonts = Command::new("pdffonts").arg(&pdf).output()?;
            let fonts = String::from_utf8_lossy(&fonts.stdout);
            ensure!(fonts.contains("NotoSansKhmer"), "{lang}: no Khmer font in the PDF:\n{fonts}");
            continue;
        }
        // Arabic's vowel marks come back from the PDF beside another letter: compared without.
        let plain = |t: &str| -> String {
            t.chars()
                .filter(|c| !('\u{202a}'..='\u{202e}').contains(c) && !('\u{064b}'..='\u{065f}').contains(c))
                .collect()
        };
        let text = plain(&text);
        for key in ["summary-place", "summary-facilitators", "summary-participants"] {
            let label = plain(&catalog.msg(key, &[]));
            ensure!(text.contains(&label), "{lang}: {key} ({label:?}) not in the PDF:\n{text}");
        }
        // The session's date in the language's digits, as the interface shows it (its year: in a
        // right-to-left line the parts of an Arabic-Indic date come out in display order).
        let year = fieldbook_core::i18n::localize_digits(lang, "2026");
        ensure!(text.contains(&year), "{lang}: the date {year} is not in the PDF:\n{text}");
        // Lists with the language's comma (the Arabic one in Arabic).
        let languages = catalog.list(&["es".into(), "en".into()]);
        ensure!(text.contains(&languages), "{lang}: the languages as {languages:?} are not in the PDF:\n{text}");
    }
    Ok(())
}

fn pdfimages(pdf: &Path) -> Result<usize> {
    let out = Command::new("pdfimages").arg("-list").arg(pdf).output().context("pdfimages (poppler-utils)")?;
    ensure!(out.status.success(), "pdfimages failed: {}", String::from_utf8_lossy(&out.stderr));
    // Two heading lines, then one line per image.
    Ok(String::from_utf8(out.stdout)?.lines().skip(2).filter(|l| !l.trim().is_empty()).count())
}

#[test]
fn a_chosen_photo_is_printed_and_a_restricted_one_only_for_those_cleared() -> Result<()> {
    let dir = store_with_fixture()?;
    let photo = |name: &str, shade: u8| -> Result<String> {
        let path = dir.path().join(name);
        image::RgbImage::from_fn(300, 200, |x, y| image::Rgb([shade, (x % 256) as u8, (y % 256) as u8])).save(&path)?;
        Ok(path.display().to_string())
    };
    let board = cli(dir.path(), PASS, &["attach", SESSION, &photo("board.jpg", 40)?, "--tier", "share-back"])?;
    let faces = cli(dir.path(), PASS, &["attach", SESSION, &photo("faces.jpg", 200)?, "--tier", "restricted"])?;
    cli(dir.path(), PASS, &["attach", SESSION, &photo("unchosen.png", 90)?])?;
    // Chosen for printing, with a caption that names someone at risk, through `sessions put`.
    let mut doc: serde_json::Value =
        serde_json::from_str(&cli(dir.path(), PASS, &["sessions", "show", SESSION, "--json"])?)?;
    for a in doc["attachments"].as_array_mut().context("attachments")? {
        if a["id"] == board.trim() {
            a["in_summary"] = true.into();
            a["caption"] = "Dot-vote board kept by Dolores Quispe".into();
        } else if a["id"] == faces.trim() {
            a["in_summary"] = true.into();
        }
    }
    let edited = dir.path().join("doc.json");
    std::fs::write(&edited, serde_json::to_vec(&doc)?)?;
    cli(dir.path(), PASS, &["sessions", "put", "--from-json", &edited.display().to_string()])?;

    let (participants, text) = summary(dir.path(), "en", &[])?;
    assert_eq!(pdfimages(&participants)?, 1, "the board only");
    assert!(text.contains("Photos") && text.contains("Dot-vote board kept by"), "{text}");
    assert!(!text.contains("Dolores"), "the caption does not name someone at risk:\n{text}");
    let (internal, _) = summary(dir.path(), "en", &["--audience", "internal"])?;
    assert_eq!(pdfimages(&internal)?, 1, "a restricted photo is not in the internal version");
    let (restricted, _) = summary(dir.path(), "en", &["--audience", "restricted"])?;
    assert_eq!(pdfimages(&restricted)?, 2, "both chosen photos; the unchosen one never");
    Ok(())
}
