//! The parts of an XLSX a sign-in sheet needs, read with quick-xml: the first sheet's
//! relationship, the shared strings, and each cell's text. Numbers are written as the shortest
//! text that reads back the same (7, not 7.0), booleans as true and false.

use super::{clip, fail, SheetError, MAX_CELLS, MAX_CELL_BYTES, MAX_COLUMNS, MAX_ROWS};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

fn attr(e: &BytesStart<'_>, local: &[u8]) -> Result<Option<String>, SheetError> {
    for a in e.attributes() {
        let a = a.map_err(fail)?;
        if a.key.local_name().as_ref() == local {
            return Ok(Some(a.unescape_value().map_err(fail)?.into_owned()));
        }
    }
    Ok(None)
}

/// The attribute `local` of the first element named `element`.
pub(super) fn first_attr(xml: &str, element: &[u8], local: &[u8]) -> Result<Option<String>, SheetError> {
    let mut r = Reader::from_str(xml);
    loop {
        match r.read_event().map_err(fail)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == element => return attr(&e, local),
            Event::Eof => return Ok(None),
            _ => {}
        }
    }
}

/// The target of the relationship `id`.
pub(super) fn relationship(rels: &str, id: &str) -> Result<Option<String>, SheetError> {
    let mut r = Reader::from_str(rels);
    loop {
        match r.read_event().map_err(fail)? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == b"Relationship" && attr(&e, b"Id")?.as_deref() == Some(id) =>
            {
                return attr(&e, b"Target");
            }
            Event::Eof => return Ok(None),
            _ => {}
        }
    }
}

/// Text and entity references inside an element, appended to `out` (at most
/// [`MAX_CELL_BYTES`] of it is kept).
fn text_event(event: &Event<'_>, out: &mut String) -> Result<(), SheetError> {
    if out.len() > MAX_CELL_BYTES {
        return Ok(());
    }
    match event {
        Event::Text(t) => out.push_str(&t.decode().map_err(fail)?),
        Event::CData(t) => out.push_str(&t.decode().map_err(fail)?),
        Event::GeneralRef(e) => {
            if let Some(c) = e.resolve_char_ref().map_err(fail)? {
                out.push(c);
            } else {
                let name = e.decode().map_err(fail)?;
                out.push_str(quick_xml::escape::resolve_predefined_entity(&name).unwrap_or_default());
            }
        }
        _ => {}
    }
    Ok(())
}

/// The shared strings, in order: each `si` is the text of its `t` elements (rich-text runs
/// joined), without phonetic guides (`rPh`).
pub(super) fn shared_strings(xml: &str) -> Result<Vec<String>, SheetError> {
    let mut r = Reader::from_str(xml);
    let (mut out, mut current) = (vec![], String::new());
    let (mut in_t, mut in_phonetic) = (false, false);
    loop {
        let event = r.read_event().map_err(fail)?;
        match &event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"si" => current.clear(),
                b"t" => in_t = true,
                b"rPh" => in_phonetic = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"si" => {
                    out.push(clip(&std::mem::take(&mut current)).to_string());
                    if out.len() > MAX_CELLS {
                        return Err(fail(format!("more than {MAX_CELLS} texts")));
                    }
                }
                b"t" => in_t = false,
                b"rPh" => in_phonetic = false,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == b"si" => out.push(String::new()),
            Event::Eof => return Ok(out),
            other if in_t && !in_phonetic => text_event(other, &mut current)?,
            _ => {}
        }
    }
}

/// `B12` → (row 11, column 1), counted from 0.
fn position(reference: &str) -> Option<(usize, usize)> {
    let letters = reference.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let col =
        reference[..letters].bytes().fold(0usize, |acc, b| acc * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1))
            - 1;
    let row: usize = reference[letters..].parse().ok()?;
    (row >= 1).then(|| (row - 1, col))
}

/// A number's text as a person would type it back: integers without a fraction.
fn number(raw: &str) -> String {
    match raw.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", n as i64),
        Ok(n) if n.is_finite() => format!("{n}"),
        _ => raw.trim().to_string(),
    }
}

/// Every row's cells as text, row 0 first; a cell further right than [`MAX_COLUMNS`] is left
/// out, a row further down than [`MAX_ROWS`] or more than [`MAX_CELLS`] cells refuse the sheet.
pub(super) fn cells(xml: &str, strings: &[String]) -> Result<Vec<Vec<String>>, SheetError> {
    let mut r = Reader::from_str(xml);
    let mut rows: Vec<Vec<String>> = vec![];
    let (mut row, mut col, mut seen, mut kept) = (0usize, 0usize, 0usize, 0usize);
    let mut kind = String::new();
    let mut value = String::new();
    let (mut in_cell, mut in_value) = (false, false);
    loop {
        let event = r.read_event().map_err(fail)?;
        match &event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"row" => {
                row = match attr(e, b"r")? {
                    Some(n) => n
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| n.checked_sub(1))
                        .ok_or_else(|| fail("a row without a number"))?,
                    None => rows.len(),
                };
                col = 0;
                if row > MAX_ROWS + 1 {
                    return Err(fail(format!("more than {MAX_ROWS} rows")));
                }
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"c" => {
                seen += 1;
                if seen > MAX_CELLS {
                    return Err(fail(format!("more than {MAX_CELLS} cells")));
                }
                if let Some(p) = attr(e, b"r")?.as_deref().and_then(position) {
                    (row, col) = p;
                    if row > MAX_ROWS + 1 {
                        return Err(fail(format!("more than {MAX_ROWS} rows")));
                    }
                }
                kind = attr(e, b"t")?.unwrap_or_default();
                value.clear();
                in_cell = matches!(event, Event::Start(_));
                if !in_cell {
                    col += 1;
                }
            }
            Event::Start(e) if in_cell && matches!(e.local_name().as_ref(), b"v" | b"t") => in_value = true,
            Event::End(e) if matches!(e.local_name().as_ref(), b"v" | b"t") => in_value = false,
            Event::End(e) if e.local_name().as_ref() == b"c" => {
                in_cell = false;
                let text = match kind.as_str() {
                    "s" => value.trim().parse::<usize>().ok().and_then(|i| strings.get(i)).cloned().unwrap_or_default(),
                    "b" => (if value.trim() == "1" { "true" } else { "false" }).to_string(),
                    "" | "n" => number(&value),
                    _ => clip(&std::mem::take(&mut value)).to_string(),
                };
                kept += text.len();
                if kept > super::MAX_UNPACKED as usize {
                    return Err(fail("too much text"));
                }
                if col < MAX_COLUMNS && !text.is_empty() {
                    if rows.len() <= row {
                        rows.resize(row + 1, vec![]);
                    }
                    let cells = &mut rows[row];
                    if cells.len() <= col {
                        cells.resize(col + 1, String::new());
                    }
                    cells[col] = text;
                }
                col += 1;
            }
            Event::Eof => return Ok(rows),
            other if in_value => text_event(other, &mut value)?,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_and_numbers() {
        assert_eq!(position("A1"), Some((0, 0)));
        assert_eq!(position("AB12"), Some((11, 27)));
        assert_eq!(position("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(position("A0"), None);
        assert_eq!(position("ABCD1"), None);
        assert_eq!(
            (number("7"), number("7.0"), number("0.1"), number("1E-3")),
            ("7".into(), "7".into(), "0.1".into(), "0.001".into())
        );
    }

    #[test]
    fn a_long_text_referred_to_by_many_cells_is_kept_once_and_cut() {
        let long = "x".repeat(5 << 20);
        let strings = shared_strings(&format!("<sst><si><t>{long}</t></si></sst>")).expect("strings");
        assert_eq!(strings[0].len(), MAX_CELL_BYTES);
        let many: String =
            (1..=20_000).map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#)).collect();
        let err = cells(&format!("<worksheet><sheetData>{many}</sheetData></worksheet>"), &strings);
        assert!(err.is_err(), "more rows than a sheet may have");
        let few: String = (1..=100).map(|r| format!(r#"<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>"#)).collect();
        let rows = cells(&format!("<worksheet><sheetData>{few}</sheetData></worksheet>"), &strings).expect("cells");
        assert!(rows.iter().all(|r| r[0].len() == MAX_CELL_BYTES));
    }

    #[test]
    fn inline_and_rich_strings_entities_and_phonetic_guides() {
        let strings = shared_strings(
            r#"<sst><si><t>Ana &amp; Bo</t></si><si><r><t>Ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></si><si/></sst>"#,
        )
        .expect("strings");
        assert_eq!(strings, ["Ana & Bo", "Rich", ""]);
        let rows = cells(
            r#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>&#x1780;</t></is></c></row>
               <row r="3"><c t="b"><v>1</v></c><c><v>42.50</v></c></row></sheetData></worksheet>"#,
            &strings,
        )
        .expect("cells");
        assert_eq!(rows, vec![vec!["Ana & Bo", "", "ក"], vec![], vec!["true", "42.5"]]);
    }
}
