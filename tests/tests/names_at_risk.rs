//! A name at risk must not leak in any way a person writes it (issue 32). Each case an
//! adversarial review found is here, checked in what leaves the store below `restricted` (the
//! share-back and internal tables, a bundle for an internal recipient, both PDF summaries read
//! back with poppler) and, after a withdrawal, in the decrypted database file itself.

use anyhow::{Context, Result};
use fieldbook_core::consent::Scope;
use fieldbook_core::summary::Audience;
use fieldbook_core::sync::{Authority, ExportOptions, ImportOptions, Role};
use fieldbook_core::table::TableFormat;
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, RecordId, Store};
use fieldbook_pdf::{save_pdf, PdfOptions};
use serde_json::{json, Map, Value as Json};
use std::path::Path;
use std::process::Command;

const PASS: &str = "names at risk passphrase";

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

fn new_store(dir: &Path) -> Result<Store> {
    Ok(Store::init(dir, &Passphrase::new(PASS))?)
}

/// One way of writing an at-risk person's name in text.
struct Form {
    /// What the case is.
    what: &'static str,
    /// The participant's name as recorded.
    name: &'static str,
    /// The text a facilitator typed that names them.
    typed: String,
    /// What must not be found in any output (the name's letters as recorded and as typed).
    traces: Vec<String>,
}

fn forms() -> Vec<Form> {
    vec![
        Form {
            what: "decomposed accents (NFD) against a composed name",
            name: "José Pérez",
            typed: "Jose\u{301} Pe\u{301}rez asked for written contracts".into(),
            traces: vec!["José".into(), "Pérez".into(), "Jose\u{301}".into(), "Pe\u{301}rez".into()],
        },
        Form {
            what: "an Arabic name with a proclitic joined (و + name)",
            name: "فاطمة الزهراء",
            typed: "قالت وفاطمة إن الأجور متأخرة".into(),
            traces: vec!["فاطمة".into(), "الزهراء".into()],
        },
        Form {
            what: "Khmer written without spaces",
            name: "សុខា",
            typed: "លោកស្រីសុខាបាននិយាយអំពីប្រាក់ឈ្នួល".into(),
            traces: vec!["សុខា".into()],
        },
        Form {
            what: "Nepali with a postposition joined",
            name: "सीता तामाङ",
            typed: "सीतालाई धम्की आयो".into(),
            traces: vec!["सीता".into(), "तामाङ".into()],
        },
        Form {
            what: "a zero-width space inside the name",
            name: "Dolores Quispe",
            typed: "Dol\u{200B}ores spoke about night shifts".into(),
            traces: vec!["Dolores".into(), "Dol\u{200B}ores".into(), "Quispe".into()],
        },
    ]
}

/// A session with the at-risk person, someone named openly, and the typed text in a question's
/// answer and a priority (both share-back fields).
fn session_with(store: &mut Store, form: &Form) -> Result<(RecordId, RecordId)> {
    let s = store.create_session(fields(json!({"title": "Forum", "notes": "Met at the hall"})))?;
    let sid = s.to_string();
    let at_risk = store.create(
        Entity::Participant,
        fields(json!({"session_id": sid, "name": form.name, "at_risk": true, "consent_record": true})),
    )?;
    store.create(
        Entity::Participant,
        fields(json!({"session_id": sid, "name": "Amina Rahman", "consent_named": true, "consent_record": true})),
    )?;
    store
        .create(Entity::Question, fields(json!({"session_id": sid, "text": "What happened?", "answer": form.typed})))?;
    store.create(
        Entity::Priority,
        fields(json!({"session_id": sid, "title": "Written contracts", "description": form.typed, "votes": 3})),
    )?;
    Ok((s, at_risk))
}

/// Every cell of the CSV tables at `tier`, joined.
fn tables(store: &Store, dir: &Path, tier: Tier) -> Result<String> {
    let out = dir.join(format!("tables-{tier}"));
    store.export_tables(&out, TableFormat::Csv, tier)?;
    let mut text = String::new();
    for entry in std::fs::read_dir(&out)? {
        text.push_str(&std::fs::read_to_string(entry?.path())?);
    }
    Ok(text)
}

fn pdftotext(pdf: &Path) -> Result<String> {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-").output().context("pdftotext")?;
    anyhow::ensure!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    Ok(String::from_utf8(out.stdout)?)
}

fn pdf_text(store: &Store, session: RecordId, audience: Audience, dir: &Path) -> Result<String> {
    let pdf = dir.join(format!("summary-{}.pdf", audience.code()));
    save_pdf(store, session, audience, "en", &PdfOptions::default(), &pdf)?;
    pdftotext(&pdf)
}

/// What an office cleared for `internal` holds after importing everything this store sends it.
fn internal_office_dump(store: &mut Store, dir: &Path) -> Result<String> {
    let office_dir = dir.join("office");
    std::fs::create_dir_all(&office_dir)?;
    let mut office = new_store(&office_dir)?;
    let to = office.keys().age_recipient();
    store.add_recipient(&to, "office", Tier::Internal)?;
    let file = dir.join("internal.fieldbook");
    store.export_bundle(&file, &ExportOptions { full: true, to: vec![to], ..ExportOptions::default() })?;
    let opts = ImportOptions { trust_new_devices: true, ..ImportOptions::default() };
    office.import_files(&[file], &opts)?;
    Ok(format!("{}{}", serde_json::to_string(&office.dump()?)?, String::from_utf8_lossy(&office.decrypted_pages()?)))
}

fn assert_no_trace(form: &Form, output: &str, text: &str) {
    for t in &form.traces {
        assert!(!text.contains(t.as_str()), "{}: {t:?} leaked into {output}:\n{text}", form.what);
    }
}

#[test]
fn a_name_at_risk_leaks_into_no_output_in_any_form_it_is_typed() -> Result<()> {
    for form in forms() {
        let dir = tempfile::tempdir()?;
        let mut store = new_store(&dir.path().join("store"))?;
        let (session, _) = session_with(&mut store, &form)?;
        assert_no_trace(&form, "the share-back tables", &tables(&store, dir.path(), Tier::ShareBack)?);
        assert_no_trace(&form, "the internal tables", &tables(&store, dir.path(), Tier::Internal)?);
        let participants = pdf_text(&store, session, Audience::Participants, dir.path())?;
        assert_no_trace(&form, "the participants' PDF", &participants);
        assert!(participants.contains("Amina Rahman"), "{}: the open name is printed:\n{participants}", form.what);
        assert!(participants.contains("Written contracts"), "{}: the priority is printed", form.what);
        assert_no_trace(&form, "the internal PDF", &pdf_text(&store, session, Audience::Internal, dir.path())?);
        assert_no_trace(&form, "an internal office", &internal_office_dump(&mut store, dir.path())?);
    }
    Ok(())
}

#[test]
fn a_withdrawal_erases_every_form_of_the_name_and_every_record_of_the_person() -> Result<()> {
    for form in forms() {
        let dir = tempfile::tempdir()?;
        let mut store = new_store(&dir.path().join("store"))?;
        let (_, person) = session_with(&mut store, &form)?;
        // The same person, recorded again in another session, and named outside any session.
        let other = store.create_session(fields(json!({"title": "Second forum"})))?;
        store.create(
            Entity::Participant,
            fields(json!({"session_id": other.to_string(), "name": form.name, "consent_record": true})),
        )?;
        let movement = store.create(Entity::Movement, fields(json!({"name": "Union", "description": form.typed})))?;
        store.withdraw_consent(person, Scope::Named, "office staff", &form.typed, None)?;
        let dump = serde_json::to_string(&store.dump()?)?;
        assert_no_trace(&form, "the store after the withdrawal", &dump);
        assert_no_trace(&form, "the decrypted database file", &String::from_utf8_lossy(&store.decrypted_pages()?));
        assert_no_trace(
            &form,
            "the internal tables after the withdrawal",
            &tables(&store, dir.path(), Tier::Internal)?,
        );
        assert!(store.get(Entity::Movement, movement).is_ok());
    }
    Ok(())
}

#[test]
fn a_withdrawal_lowers_no_other_records_tier_and_keeps_no_name_in_its_note() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut store = new_store(&dir.path().join("store"))?;
    let s = store.create_session(fields(json!({"title": "Forum"})))?;
    let person = store.create(
        Entity::Participant,
        fields(json!({"session_id": s.to_string(), "name": "Dolores Quispe", "at_risk": true})),
    )?;
    let movement = store.create(
        Entity::Movement,
        fields(json!({"name": "Cleaners", "description": "Dolores Quispe was threatened at the market"})),
    )?;
    store.create(
        Entity::CheckIn,
        fields(json!({"movement_id": movement.to_string(), "notes": "Ask Quispe how the family is"})),
    )?;
    let before = tables(&store, dir.path(), Tier::Internal)?;
    assert!(!before.contains("Dolores") && !before.contains("Quispe"), "withheld before:\n{before}");
    store.withdraw_consent(person, Scope::Named, "Quispe's sister", "Dolores Quispe called; fears reprisals", None)?;
    let after = tables(&store, dir.path(), Tier::Internal)?;
    for name in ["Dolores", "Quispe"] {
        assert!(!after.contains(name), "{name} released by the withdrawal:\n{after}");
    }
    // What the text said besides the name is still there for staff.
    assert!(after.contains("was threatened at the market") || !after.contains("Cleaners"), "{after}");
    assert!(after.contains("fears reprisals"), "the note without the name:\n{after}");
    Ok(())
}

/// A small real photo (a PNG made here).
fn photo(dir: &Path) -> Result<std::path::PathBuf> {
    let path = dir.join("flipchart.png");
    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([(x * 4) as u8, (y * 5) as u8, 90]));
    img.save(&path)?;
    Ok(path)
}

#[test]
fn a_photo_of_a_restricted_risk_is_as_restricted_as_the_risk() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let mut store = new_store(&dir.path().join("store"))?;
    let s = store.create_session(fields(json!({"title": "Forum"})))?;
    let risk = store.create(
        Entity::Risk,
        fields(json!({"session_id": s.to_string(), "description": "Police raid on the union office"})),
    )?;
    let opts = fieldbook_core::media::AttachOptions { item: Some(risk), ..Default::default() };
    let ids = store.attach(s, &[photo(dir.path())?], &opts)?;
    store.update(Entity::Attachment, ids[0], fields(json!({"in_summary": true, "caption": "the raid"})))?;
    let internal = pdf_text(&store, s, Audience::Internal, dir.path())?;
    assert!(!internal.contains("the raid"), "the photo's caption is printed for internal readers:\n{internal}");
    let pdf = dir.path().join("summary-internal.pdf");
    let images = Command::new("pdfimages").arg("-list").arg(&pdf).output()?;
    let listed = String::from_utf8_lossy(&images.stdout).lines().count();
    assert!(
        listed <= 2,
        "a photo of a restricted risk is in the internal PDF:\n{}",
        String::from_utf8_lossy(&images.stdout)
    );
    let office = internal_office_dump(&mut store, dir.path())?;
    assert!(!office.contains("flipchart") && !office.contains("the raid"), "the photo went to an internal office");
    let restricted = pdf_text(&store, s, Audience::Restricted, dir.path())?;
    assert!(restricted.contains("the raid"), "the restricted version prints it:\n{restricted}");
    Ok(())
}

#[test]
fn a_withdrawal_of_anything_but_a_participant_is_refused_and_erases_nothing() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (field_dir, office_dir) = (dir.path().join("field"), dir.path().join("office"));
    let (mut field, mut office) = (new_store(&field_dir)?, new_store(&office_dir)?);
    let s = field.create_session(fields(json!({"title": "Forum"})))?;
    let priority =
        field.create(Entity::Priority, fields(json!({"session_id": s.to_string(), "title": "Contracts"})))?;
    let opts = fieldbook_core::media::AttachOptions { item: Some(priority), ..Default::default() };
    let photo_id = field.attach(s, &[photo(dir.path())?], &opts)?[0];
    let to = office.keys().age_recipient();
    let send = |field: &mut Store, name: &str| -> Result<std::path::PathBuf> {
        let file = dir.path().join(name);
        let opts = ExportOptions { to: vec![to.clone()], clearance: Some(Tier::Restricted), ..Default::default() };
        field.export_bundle(&file, &opts)?;
        Ok(file)
    };
    let trust = ImportOptions {
        trust_new_devices: true,
        new_devices: Authority { role: Role::Field, clearance: Tier::Restricted },
        ..ImportOptions::default()
    };
    office.import_files(&[send(&mut field, "1.fieldbook")?], &trust)?;
    assert!(office.attachment(photo_id).is_ok());
    // A withdrawal written around the checks (a hostile or broken device), naming the priority.
    field.create(
        Entity::Withdrawal,
        fields(json!({"participant_id": priority.to_string(), "scope": "all", "date": "2026-12-01",
            "recorded_by": "", "note": ""})),
    )?;
    let reports = office.import_files(&[send(&mut field, "2.fieldbook")?], &trust)?;
    assert!(reports[0].refused.contains_key("withdrawal-not-participant"), "{:?}", reports[0].refused);
    let kept = office.attachment(photo_id).context("the priority's photo was erased")?;
    assert!(!kept.file_name.is_empty(), "the photo's name was erased: {kept:?}");
    assert!(office.withdrawals()?.is_empty());
    Ok(())
}

#[test]
fn a_field_laptop_forgets_an_erased_name_once_the_office_has_applied_the_withdrawal() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let (field_dir, office_dir) = (dir.path().join("field"), dir.path().join("office"));
    let (mut field, mut office) = (new_store(&field_dir)?, new_store(&office_dir)?);
    let s = field.create_session(fields(json!({"title": "Forum"})))?;
    let person = field.create(
        Entity::Participant,
        fields(json!({"session_id": s.to_string(), "name": "Dolores Quispe", "at_risk": true})),
    )?;
    let (to_office, to_field) = (office.keys().age_recipient(), field.keys().age_recipient());
    let up = |field: &mut Store, name: &str| -> Result<std::path::PathBuf> {
        let file = dir.path().join(name);
        let opts =
            ExportOptions { to: vec![to_office.clone()], clearance: Some(Tier::Restricted), ..Default::default() };
        field.export_bundle(&file, &opts)?;
        Ok(file)
    };
    let as_field = Authority { role: Role::Field, clearance: Tier::Restricted };
    let trust_field = ImportOptions { trust_new_devices: true, new_devices: as_field, ..Default::default() };
    office.import_files(&[up(&mut field, "up1.fieldbook")?], &trust_field)?;
    field.withdraw_consent(person, Scope::Named, "", "", None)?;
    assert!(field.erased_names_kept()? > 0, "the field laptop keeps the hashes until the office has them");
    office.import_files(&[up(&mut field, "up2.fieldbook")?], &trust_field)?;
    assert_eq!(office.erased_names_kept()?, 0, "the laptop's bundle had all it had before: the office forgets too");
    let back = dir.path().join("down.fieldbook");
    office.export_bundle(
        &back,
        &ExportOptions { to: vec![to_field], clearance: Some(Tier::Restricted), ..Default::default() },
    )?;
    let as_office = Authority { role: Role::Office, clearance: Tier::Restricted };
    field.import_files(
        &[back],
        &ImportOptions { trust_new_devices: true, new_devices: as_office, ..Default::default() },
    )?;
    assert_eq!(field.erased_names_kept()?, 0, "the office applied it: nothing of the name is left on the laptop");
    Ok(())
}

#[test]
fn a_utf16_sheet_without_a_byte_order_mark_is_read_as_text() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let text = "name,consent_record\nDolores Quispe,yes\nសុខា,yes\n";
    for (what, bytes) in [
        ("le", text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()),
        ("be", text.encode_utf16().flat_map(u16::to_be_bytes).collect::<Vec<u8>>()),
    ] {
        let path = dir.path().join(format!("sheet-{what}.csv"));
        std::fs::write(&path, bytes)?;
        let sheet = fieldbook_core::sheet::read_sheet(&path)?;
        let preview = sheet.preview(&sheet.guessed_mapping())?;
        let names: Vec<&str> =
            preview.participants.iter().filter_map(|(_, f)| f.get("name").and_then(Json::as_str)).collect();
        assert_eq!(names, ["Dolores Quispe", "សុខា"], "{what}: {:?}", preview.errors);
    }
    // A name with a control character in it is an error of its row, not a participant.
    let path = dir.path().join("control.csv");
    std::fs::write(&path, "name,consent_record\nDolo\u{1b}res,yes\n")?;
    let sheet = fieldbook_core::sheet::read_sheet(&path)?;
    let preview = sheet.preview(&sheet.guessed_mapping())?;
    assert!(preview.participants.is_empty());
    assert!(preview.errors.iter().any(|e| e.code == "control-character"), "{:?}", preview.errors);
    Ok(())
}

mod generated {
    //! Names made up in Latin, Devanagari, Khmer and Arabic, typed in each form in a session's
    //! share-back text: no output below restricted holds any form of them, and after a
    //! withdrawal the store's file holds none either.

    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    const SYLLABLES: [&[&str]; 4] = [
        &["ma", "ri", "jo", "sé", "pé", "rez", "lu", "ña", "ca", "dö", "vé", "ko"],
        &["सी", "ता", "रा", "मा", "नि", "का", "गो", "पा", "रु", "दे", "वी"],
        &["សុ", "ខា", "ចា", "ធា", "រី", "វណ្ណ", "ដា", "ម៉ា", "លី", "នី"],
        &["فا", "طم", "زه", "را", "نو", "سل", "حس", "ين", "كر", "مل"],
    ];

    fn word(script: usize, parts: &[usize]) -> String {
        parts.iter().map(|i| SYLLABLES[script][i % SYLLABLES[script].len()]).collect()
    }

    fn typed(script: usize, name: &str, form: usize) -> String {
        match (script, form) {
            (_, 0) => name.nfd().collect(),
            (_, 1) => name.to_uppercase(),
            (_, 2) => {
                let mut c = name.chars();
                let first: String = c.next().into_iter().collect();
                format!("{first}\u{200D}{}", c.as_str())
            }
            (3, _) => format!("وب{name}"),
            (1, _) => format!("{name}को"),
            (2, _) => format!("អ្នកស្រី{name}និយាយ"),
            _ => format!("l'{name}"),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]
        #[test]
        fn no_form_of_a_generated_name_leaves_below_restricted_or_survives_a_withdrawal(
            script in 0usize..4,
            given in proptest::collection::vec(0usize..12, 2..4),
            family in proptest::collection::vec(0usize..12, 2..4),
            form in 0usize..4,
        ) {
            let (given, family) = (word(script, &given), word(script, &family));
            let name: &'static str = Box::leak(format!("{given} {family}").into_boxed_str());
            let form = Form {
                what: "generated",
                name,
                typed: format!("— {} —", typed(script, &given, form)),
                traces: vec![given.clone(), family.clone(), given.nfd().collect()],
            };
            let dir = tempfile::tempdir().expect("dir");
            let mut store = new_store(&dir.path().join("store")).expect("store");
            let (_, person) = session_with(&mut store, &form).expect("session");
            assert_no_trace(&form, "the share-back tables", &tables(&store, dir.path(), Tier::ShareBack).expect("tables"));
            assert_no_trace(&form, "the internal tables", &tables(&store, dir.path(), Tier::Internal).expect("tables"));
            assert_no_trace(&form, "an internal office", &internal_office_dump(&mut store, dir.path()).expect("office"));
            store.withdraw_consent(person, Scope::Named, "", &form.typed, None).expect("withdraw");
            assert_no_trace(&form, "the decrypted store", &String::from_utf8_lossy(&store.decrypted_pages().expect("pages")));
        }
    }
}
