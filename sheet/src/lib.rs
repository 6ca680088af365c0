//! The cells of a sign-in sheet a person picked (CSV or XLSX), read within limits a hostile file
//! cannot get around: a size cap, a row and cell cap, an XLSX read cell by cell (never as one
//! rectangle) after measuring what its zip unpacks to. A crate of its own so that the parsers'
//! generic code is built for size, not for the speed the store's hot paths need. The XLSX side
//! reads only the cell text a sign-in sheet has, with the zip and XML readers the app already
//! carries (docs/decisions.md: a full spreadsheet library cost 0.7 MB of the binary's budget);
//! the tests compare it with calamine on the same workbooks.

use std::io::Read;
use std::path::Path;

mod xlsx;

/// The largest sheet read (a sign-in sheet is a few hundred rows; this is far above).
pub const MAX_SHEET_BYTES: u64 = 10 << 20;
/// The most rows read (the header row not counted).
pub const MAX_ROWS: usize = 5000;
/// The most an XLSX may unpack to.
pub const MAX_UNPACKED: u64 = 64 << 20;
/// The most cells read from an XLSX.
pub const MAX_CELLS: usize = 200_000;
/// The columns kept.
pub const MAX_COLUMNS: usize = 64;
/// The most of one cell's text kept, in bytes: far above what a name or a consent holds, so
/// that a longer one is still seen as too long, and never copied whole into every cell that
/// refers to it.
pub const MAX_CELL_BYTES: usize = 4096;

/// `text` cut to [`MAX_CELL_BYTES`] at a character boundary.
pub(crate) fn clip(text: &str) -> &str {
    if text.len() <= MAX_CELL_BYTES {
        return text;
    }
    let mut end = MAX_CELL_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Why a sheet cannot be read, in words for the person who picked it.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SheetError(pub String);

fn fail(e: impl std::fmt::Display) -> SheetError {
    SheetError(e.to_string())
}

/// Every row of the file, each as its cells' text (row 0 is the header row); a CSV (UTF-8, with
/// or without a BOM; comma, semicolon or tab) or an XLSX workbook's first sheet, told apart by
/// their bytes.
pub fn read_cells(path: &Path) -> Result<Vec<Vec<String>>, SheetError> {
    let meta = std::fs::metadata(path).map_err(fail)?;
    if !meta.is_file() {
        return Err(fail("not a file"));
    }
    if meta.len() > MAX_SHEET_BYTES {
        return Err(fail(format!("larger than {} MB", MAX_SHEET_BYTES >> 20)));
    }
    let bytes = std::fs::read(path).map_err(fail)?;
    let rows = if bytes.starts_with(b"PK\x03\x04") { read_xlsx(bytes)? } else { read_csv(&bytes)? };
    if rows.len() > MAX_ROWS + 1 {
        return Err(fail(format!("more than {MAX_ROWS} rows")));
    }
    Ok(rows)
}

/// How a CSV's bytes encode its text: UTF-8, or UTF-16 as spreadsheets on Windows save
/// "Unicode text", with a byte-order mark or without one. Without a mark, UTF-16 is told by its
/// zero bytes: text in any script puts a zero in every other byte far more often than UTF-8,
/// which never holds one (a NUL between letters defeats every name matcher).
fn decode(bytes: &[u8]) -> Result<String, SheetError> {
    let utf16 = |le: bool, b: &[u8]| -> Result<String, SheetError> {
        if !b.len().is_multiple_of(2) {
            return Err(fail("UTF-16 text with an odd number of bytes: save it as CSV UTF-8"));
        }
        let units =
            b.chunks_exact(2)
                .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| fail("damaged UTF-16 text: save it as CSV UTF-8"))
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(true, rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(false, rest);
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let pairs = sample.len() / 2;
    if pairs > 0 && (zeros(0) + zeros(1)) * 4 >= pairs {
        // The zeros stand where the high bytes of Latin letters are: odd places in
        // little-endian order, even ones in big-endian.
        return utf16(zeros(1) >= zeros(0), bytes);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| fail("not UTF-8 text: save it as CSV UTF-8"))?;
    if text.contains('\0') {
        return Err(fail("the text holds NUL characters: save it as CSV UTF-8"));
    }
    Ok(text.to_string())
}

fn read_csv(bytes: &[u8]) -> Result<Vec<Vec<String>>, SheetError> {
    let text = decode(bytes)?;
    let text = text.as_str();
    let first = text.lines().next().unwrap_or_default();
    // Spreadsheets set to languages that write 1,5 save CSV with semicolons.
    let delimiter =
        [b',', b';', b'\t'].into_iter().max_by_key(|d| first.bytes().filter(|b| b == d).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut out = vec![];
    for record in reader.records() {
        out.push(record.map_err(fail)?.iter().take(MAX_COLUMNS).map(|c| clip(c).to_string()).collect());
        if out.len() > MAX_ROWS + 1 {
            break;
        }
    }
    Ok(out)
}

fn read_xlsx(bytes: Vec<u8>) -> Result<Vec<Vec<String>>, SheetError> {
    check_unpacked(&bytes)?;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(fail)?;
    let workbook = entry(&mut zip, "xl/workbook.xml")?.ok_or_else(|| fail("not a workbook (no xl/workbook.xml)"))?;
    let rels = entry(&mut zip, "xl/_rels/workbook.xml.rels")?;
    let sheet = first_sheet(&workbook, rels.as_deref())?;
    let strings = match entry(&mut zip, "xl/sharedStrings.xml")? {
        Some(xml) => xlsx::shared_strings(&xml)?,
        None => vec![],
    };
    let xml = entry(&mut zip, &sheet)?.ok_or_else(|| fail(format!("the workbook has no {sheet}")))?;
    xlsx::cells(&xml, &strings)
}

/// One part of the workbook as text (OOXML parts are UTF-8), or `None` when it is absent.
fn entry(zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str) -> Result<Option<String>, SheetError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(fail(e)),
    };
    let mut text = String::new();
    file.take(MAX_UNPACKED).read_to_string(&mut text).map_err(fail)?;
    Ok(Some(text))
}

/// The path of the workbook's first sheet: its relationship id in `workbook.xml`, looked up in
/// the workbook's relationships.
fn first_sheet(workbook: &str, rels: Option<&str>) -> Result<String, SheetError> {
    let id = xlsx::first_attr(workbook, b"sheet", b"id")?.ok_or_else(|| fail("the workbook has no sheet"))?;
    let target = match rels {
        Some(rels) => xlsx::relationship(rels, &id)?,
        None => None,
    };
    Ok(match target {
        Some(t) if t.starts_with('/') => t.trim_start_matches('/').to_string(),
        Some(t) => format!("xl/{t}"),
        None => "xl/worksheets/sheet1.xml".into(),
    })
}

/// Refuses an XLSX that unpacks to more than [`MAX_UNPACKED`] (measured by unpacking, not by
/// what its directory claims).
fn check_unpacked(bytes: &[u8]) -> Result<(), SheetError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(fail)?;
    let mut left = MAX_UNPACKED;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(fail)?;
        let n = std::io::copy(&mut entry.take(left + 1), &mut std::io::sink()).map_err(fail)?;
        if n > left {
            return Err(fail(format!("it unpacks to more than {} MB", MAX_UNPACKED >> 20)));
        }
        left -= n;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_sheets_are_refused_with_a_reason_and_a_far_cell_costs_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        // One cell at the last row and column a sheet can have, beside a real header.
        let far = dir.path().join("far.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "Name").expect("cell");
        sheet.write_string(1, 0, "Sita").expect("cell");
        sheet.write_string(1_048_575, 16_383, "far away").expect("cell");
        book.save(&far).expect("save");
        let err = read_cells(&far).expect_err("too many rows");
        assert!(err.0.contains("rows"), "{err:?}");
        // Garbage named .xlsx, text that is not UTF-8, a file too large, a folder.
        let fake = dir.path().join("fake.xlsx");
        std::fs::write(&fake, b"PK\x03\x04 not really a zip").expect("write");
        assert!(read_cells(&fake).is_err());
        let latin1 = dir.path().join("latin1.csv");
        std::fs::write(&latin1, b"Nombre\nJos\xe9\n").expect("write");
        assert!(read_cells(&latin1).expect_err("latin-1").0.contains("UTF-8"));
        let huge = dir.path().join("huge.csv");
        std::fs::write(&huge, vec![b'a'; (MAX_SHEET_BYTES + 1) as usize]).expect("write");
        assert!(read_cells(&huge).is_err());
        assert!(read_cells(dir.path()).is_err(), "a folder");
        // A zip whose entry unpacks to far more than it weighs.
        let bomb = dir.path().join("bomb.xlsx");
        {
            let mut z = zip::ZipWriter::new(std::fs::File::create(&bomb).expect("create"));
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            z.start_file("xl/sharedStrings.xml", opts).expect("entry");
            let spaces = vec![b' '; 1 << 20];
            for _ in 0..80 {
                std::io::Write::write_all(&mut z, &spaces).expect("write");
            }
            z.finish().expect("finish");
        }
        assert!(std::fs::metadata(&bomb).expect("meta").len() < 1 << 20, "small on disk");
        assert!(read_cells(&bomb).expect_err("a bomb").0.contains("unpacks"));
    }

    #[test]
    fn an_xlsx_gives_its_cells_as_text_row_by_row() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "ឈ្មោះ").expect("cell");
        sheet.write_string(0, 1, "អង្គការ").expect("cell");
        sheet.write_string(1, 0, "សុខា").expect("cell");
        sheet.write_number(1, 1, 7.0).expect("cell");
        sheet.write_string(3, 0, "ដារ៉ា").expect("cell");
        book.save(&path).expect("save");
        let rows = read_cells(&path).expect("read");
        assert_eq!(rows, vec![vec!["ឈ្មោះ", "អង្គការ"], vec!["សុខា", "7"], vec![], vec!["ដារ៉ា"]]);
    }

    /// calamine's reading of the same workbook, row by row, trailing blanks trimmed.
    fn calamine_rows(path: &Path) -> Vec<Vec<String>> {
        use calamine::Reader;
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).expect("calamine");
        let name = book.sheet_names()[0].clone();
        let range = book.worksheet_range(&name).expect("range");
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<String>> = vec![];
        for (r, c, v) in range.cells() {
            let text = v.to_string();
            if text.is_empty() {
                continue;
            }
            let (r, c) = (r + r0 as usize, c + c0 as usize);
            if rows.len() <= r {
                rows.resize(r + 1, vec![]);
            }
            if rows[r].len() <= c {
                rows[r].resize(c + 1, String::new());
            }
            rows[r][c] = text;
        }
        rows
    }

    #[test]
    fn the_cells_are_those_calamine_reads() {
        let dir = tempfile::tempdir().expect("dir");
        let texts = [
            "Ana & Bo <chair>",
            "\"quoted\" 'too'",
            "سارة الزهراء",
            "सीता तामाङ",
            "សុខា ដារ៉ា",
            "  spaced  ",
            "line\nbreak",
        ];
        for seed in 0..6u32 {
            let path = dir.path().join(format!("w{seed}.xlsx"));
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            for row in 0..12u32 {
                for col in 0..5u16 {
                    let k = (row * 7 + u32::from(col) * 3 + seed * 5) % 11;
                    match k {
                        0..=6 => {
                            sheet.write_string(row, col, texts[k as usize]).expect("text");
                        }
                        7 => {
                            sheet.write_number(row, col, f64::from(row) * 1.5 + f64::from(seed)).expect("number");
                        }
                        8 => {
                            sheet.write_boolean(row, col, row % 2 == 0).expect("bool");
                        }
                        _ => {}
                    }
                }
            }
            if seed % 2 == 1 {
                sheet.write_string(20, 3, "further down").expect("far");
            }
            book.save(&path).expect("save");
            assert_eq!(read_cells(&path).expect("ours"), calamine_rows(&path), "workbook {seed}");
        }
    }
}
