//! Consent that travels, across three installs: two facilitators and a country office. A
//! participant withdraws on one field device; the bundles then move in every order, old ones
//! imported again after the withdrawal. No install's decrypted database file (every page, free
//! ones included), write-ahead log, dump, search, history, conflicts, bundle payload, CSV or XLSX
//! tables or PDF summary holds the erased values afterwards, and the office sees which devices
//! have applied the withdrawal.

use anyhow::{Context, Result};
use fieldbook_core::sync::{Authority, ExportOptions, ImportOptions, Role};
use fieldbook_core::tier::Tier;
use fieldbook_core::{Entity, Passphrase, Store};
use fieldbook_tests::cli;
use serde_json::{json, Map, Value as Json};
use std::path::{Path, PathBuf};
use std::process::Command;

const PASS: &str = "consent story passphrase";

/// What must be gone everywhere once the withdrawal has arrived.
const ERASED: [&str; 6] = [
    "Wayra Condori",
    "Condori",
    "Sindicato de Trabajadoras del Hogar",
    "secretaria de actas",
    "Queremos contratos escritos",
    "Nos pagan la mitad",
];

fn fields(v: Json) -> Map<String, Json> {
    v.as_object().cloned().unwrap_or_default()
}

fn open(dir: &Path) -> Result<Store> {
    Ok(Store::open(dir, &Passphrase::new(PASS))?)
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Exports what changed since the last bundle to `to`'s key.
fn bundle(from: &mut Store, to: &str, file: PathBuf) -> Result<PathBuf> {
    let opts =
        ExportOptions { to: vec![to.to_string()], clearance: Some(Tier::Restricted), ..ExportOptions::default() };
    from.export_bundle(&file, &opts)?;
    Ok(file)
}

/// Imports each file on its own, trusting new senders with `as_what`.
fn import(store: &mut Store, files: &[&PathBuf], as_what: Authority) -> Result<()> {
    let opts = ImportOptions { trust_new_devices: true, new_devices: as_what, ..ImportOptions::default() };
    for f in files {
        store.import_files(&[(*f).clone()], &opts).with_context(|| format!("import {}", f.display()))?;
    }
    Ok(())
}

/// Every place of one install where an erased value could be left.
fn assert_erased(dir: &Path, who: &str, work: &Path) -> Result<()> {
    // Closed, the store leaves no write-ahead log: its pages went into the file searched below.
    let wal = Store::db_path(dir).with_extension("db-wal");
    assert_eq!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0), 0, "{who}: pages left in the WAL");
    {
        let store = open(dir)?;
        let pages = store.decrypted_pages()?;
        let dump = serde_json::to_string(&store.dump()?)?;
        let conflicts = format!("{:?}", store.conflicts()?);
        for secret in ERASED {
            assert!(!contains(&pages, secret), "{who}: {secret:?} is in the decrypted database file");
            assert!(
                !dump.contains(secret) && !conflicts.contains(secret),
                "{who}: {secret:?} in the dump or conflicts"
            );
        }
    }
    let run = |args: &[&str]| cli(dir, PASS, args);
    for word in ["Wayra", "Condori", "contratos escritos"] {
        let hits = run(&["search", word])?;
        assert!(!hits.contains("Condori") && !hits.contains("contratos"), "{who}: search {word}: {hits}");
    }
    let sessions: Json = serde_json::from_str(&run(&["sessions", "list", "--json"])?)?;
    let session = sessions[0]["id"].as_str().context("a session")?.to_string();
    let history = run(&["history", "session", &session, "--json"])?;
    let csv = work.join(format!("{who}-tables"));
    run(&["export-table", "--format", "csv", "--out", csv.to_str().context("path")?, "--tier", "restricted"])?;
    let xlsx = work.join(format!("{who}.xlsx"));
    run(&["export-table", "--format", "xlsx", "--out", xlsx.to_str().context("path")?, "--tier", "restricted"])?;
    let pdf = work.join(format!("{who}.pdf"));
    run(&["summary", &session, "--pdf", pdf.to_str().context("path")?, "--audience", "restricted"])?;
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().context("pdftotext (poppler-utils)")?;
    let mut outputs = vec![("history", history), ("pdf", String::from_utf8(text.stdout)?)];
    for entry in std::fs::read_dir(&csv)? {
        let path = entry?.path();
        outputs.push(("csv", std::fs::read_to_string(&path)?));
    }
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx)?;
    use calamine::Reader;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name)?;
        outputs.push(("xlsx", range.rows().flatten().map(|c| c.to_string()).collect::<Vec<_>>().join("\t")));
    }
    assert!(outputs[1].1.contains("consent withdrawn"), "{who}: the PDF counts the person:\n{}", outputs[1].1);
    for (what, out) in outputs {
        for secret in ERASED {
            assert!(!out.contains(secret), "{who}: {secret:?} is in the {what}:\n{out}");
        }
    }
    Ok(())
}

/// Every decrypted change a bundle carries, as text (read with `reader`'s key).
fn payload(reader: &Store, file: &Path) -> Result<String> {
    let opened = reader.open_bundle_file(file, &ImportOptions::default())?;
    Ok(serde_json::to_string(&opened.changes.iter().map(|c| (&c.field, &c.value)).collect::<Vec<_>>())?)
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

#[test]
fn a_withdrawal_on_one_field_device_erases_the_person_on_every_install_in_any_order() -> Result<()> {
    let work = tempfile::tempdir()?;
    let (f1, f2, office) = (work.path().join("field-1"), work.path().join("field-2"), work.path().join("office"));
    let field_device = Authority { role: Role::Field, clearance: Tier::Internal };
    let (mut a, mut b, mut o) = (
        Store::init(&f1, &Passphrase::new(PASS))?,
        Store::init(&f2, &Passphrase::new(PASS))?,
        Store::init(&office, &Passphrase::new(PASS))?,
    );
    let (_to_a, to_b, to_o) = (a.keys().age_recipient(), b.keys().age_recipient(), o.keys().age_recipient());
    // The office enrols both laptops by their fingerprints before either sends anything: until
    // each has, it keeps what it needs to find an erased name in what they send.
    o.trust(&a.keys().fingerprint(), "field device 1", field_device)?;
    o.trust(&b.keys().fingerprint(), "field device 2", field_device)?;

    // Field device 1 records the session.
    let session = a.create_session(fields(json!({"title": "Escucha en El Alto",
        "notes": "Wayra Condori abrió la reunión"})))?;
    let s = session.to_string();
    let wayra = a.create(
        Entity::Participant,
        fields(json!({"session_id": s, "name": "Wayra Condori", "organisation": "Sindicato de Trabajadoras del Hogar",
            "role": "secretaria de actas", "consent_record": true, "consent_quote": true, "consent_named": true})),
    )?;
    a.create(Entity::Participant, fields(json!({"session_id": s, "name": "Luz Mamani", "consent_named": true})))?;
    let question = a.create(
        Entity::Question,
        fields(json!({"session_id": s, "text": "¿Prioridades?", "answer": "Condori pidió contratos"})),
    )?;
    a.create(
        Entity::Quote,
        fields(json!({"session_id": s, "question_id": question.to_string(), "participant_id": wayra.to_string(),
            "text": "Queremos contratos escritos"})),
    )?;
    let first = bundle(&mut a, &to_o, work.path().join("1-a-first.fieldbook"))?;
    import(&mut o, &[&first], field_device)?;
    let relay = bundle(&mut o, &to_b, work.path().join("2-office-to-b.fieldbook"))?;
    import(&mut b, &[&relay], Authority::FULL)?;

    // Field device 2, not yet aware, quotes her again and types her name.
    b.update(Entity::Question, question, fields(json!({"answer": "Wayra Condori: nos pagan la mitad"})))?;
    b.create(
        Entity::Quote,
        fields(json!({"session_id": s, "question_id": question.to_string(), "participant_id": wayra.to_string(),
            "text": "Nos pagan la mitad"})),
    )?;
    let b_old = bundle(&mut b, &to_o, work.path().join("3-b-before.fieldbook"))?;
    drop((a, b, o));

    // She withdraws, on field device 1, from the command line.
    let out =
        cli(&f1, PASS, &["participants", "withdraw", &wayra.to_string(), "--scope", "all", "--note", "por teléfono"])?;
    assert!(out.contains("Withdrawal recorded"), "{out}");
    let mut a = open(&f1)?;
    let a_after = bundle(&mut a, &to_o, work.path().join("4-a-withdrawal.fieldbook"))?;
    drop(a);
    assert_erased(&f1, "field device 1", work.path())?;

    // The office, as it stands before any of that arrives, receives the bundles in every order,
    // the first bundle again included, one import at a time and all at once.
    let orders: [[&PathBuf; 3]; 6] = [
        [&a_after, &b_old, &first],
        [&a_after, &first, &b_old],
        [&b_old, &a_after, &first],
        [&b_old, &first, &a_after],
        [&first, &a_after, &b_old],
        [&first, &b_old, &a_after],
    ];
    for (i, order) in orders.iter().enumerate() {
        let copy = work.path().join(format!("office-{i}"));
        copy_dir(&office, &copy)?;
        import(&mut open(&copy)?, order, field_device)?;
        assert_erased(&copy, &format!("office, order {i}"), work.path())?;
    }
    let together = work.path().join("office-together");
    copy_dir(&office, &together)?;
    let opts = ImportOptions { trust_new_devices: true, new_devices: field_device, ..ImportOptions::default() };
    open(&together)?.import_files(&[b_old.clone(), a_after.clone(), first.clone()], &opts)?;
    assert_erased(&together, "office, one import", work.path())?;

    // The office's own store takes them; device 2 has not applied the withdrawal yet.
    import(&mut open(&office)?, &orders[2], field_device)?;
    let list: Json = serde_json::from_str(&cli(&office, PASS, &["withdrawals", "list", "--json"])?)?;
    let waiting = |list: &Json| -> Vec<String> {
        list[0]["devices"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| d["applied_at"].is_null())
            .filter_map(|d| d["device"].as_str().map(str::to_string))
            .collect()
    };
    let b_id = open(&f2)?.device_id().to_string();
    assert_eq!(waiting(&list), vec![b_id.clone()], "only field device 2 is still to apply it: {list}");
    assert_eq!(list[0]["recorded_by"], "", "{list}");

    // The office passes it on; device 2 also re-imports the old relay, and its next bundle back
    // says it has applied it.
    let mut o = open(&office)?;
    let onward = bundle(&mut o, &to_b, work.path().join("5-office-to-b.fieldbook"))?;
    let full = work.path().join("6-office-full.fieldbook");
    o.export_bundle(
        &full,
        &ExportOptions {
            full: true,
            to: vec![to_b.clone()],
            clearance: Some(Tier::Restricted),
            ..ExportOptions::default()
        },
    )?;
    drop(o);
    let mut b = open(&f2)?;
    let carried = payload(&b, &full)?;
    for secret in ERASED {
        assert!(!carried.contains(secret), "the office's bundle carries {secret:?}");
    }
    import(&mut b, &[&onward, &relay], Authority::FULL)?;
    let back = bundle(&mut b, &to_o, work.path().join("7-b-back.fieldbook"))?;
    drop(b);
    assert_erased(&f2, "field device 2", work.path())?;
    import(&mut open(&office)?, &[&back, &b_old], field_device)?;
    assert_erased(&office, "office", work.path())?;
    let list: Json = serde_json::from_str(&cli(&office, PASS, &["withdrawals", "list", "--json"])?)?;
    assert!(waiting(&list).is_empty(), "every known device has applied it: {list}");
    assert_eq!(open(&office)?.erased_names_kept()?, 0, "each laptop sent all it had before applying it");
    let people = open(&office)?.list(Entity::Participant)?;
    assert_eq!(people.len(), 2, "she still counts as a participant");
    Ok(())
}
