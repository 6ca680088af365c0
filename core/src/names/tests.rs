//! The forms a name is typed in, each found; and words that only contain a name's letters, not.

use super::*;

fn finds(names: &[&str], text: &str) -> Vec<String> {
    let mut b = Builder::new();
    for n in names {
        b.name(n, ());
    }
    let n = b.build();
    n.hits(text).iter().map(|h| text[h.range.0..h.range.1].to_string()).collect()
}

fn scrub(names: &[&str], text: &str) -> String {
    let mut b = Builder::new();
    for n in names {
        b.name(n, ());
    }
    b.build().replace(text, |_, _| "[…]".into()).unwrap_or_else(|| text.to_string())
}

#[test]
fn composed_and_decomposed_accents_any_case_are_one_name() {
    let nfd = "Jose\u{0301} Pe\u{0301}rez";
    assert_eq!(scrub(&["José Pérez"], &format!("{nfd} spoke")), "[…] spoke");
    assert_eq!(scrub(&[nfd], "JOSÉ PÉREZ spoke"), "[…] spoke");
    assert_eq!(scrub(&["José Pérez"], "jose perez spoke"), "[…] spoke");
    assert_eq!(scrub(&["Straße"], "STRASSE said"), "[…] said", "full case folding");
    // Full-width letters and ligatures are their letters.
    assert_eq!(scrub(&["Maria"], "ＭＡＲＩＡ came"), "[…] came");
    assert_eq!(scrub(&["Sofia"], "So\u{FB01}a came"), "[…] came");
}

#[test]
fn invisible_characters_inside_a_name_do_not_hide_it() {
    for inside in ['\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{2060}', '\u{00AD}', '\u{FEFF}', '\u{202E}'] {
        let text = format!("Dol{inside}ores was there");
        assert_eq!(scrub(&["Dolores"], &text), "[…] was there", "{:?}", inside);
    }
    // Arabic tatweel stretching a name.
    assert_eq!(scrub(&["فاطمة"], "قالت فاطـــمة"), "قالت […]");
}

#[test]
fn arabic_names_with_proclitics_alef_forms_and_endings() {
    assert_eq!(scrub(&["فاطمة"], "وفاطمة حضرت"), "و[…] حضرت");
    assert_eq!(scrub(&["فاطمة"], "مع لفاطمة"), "مع ل[…]");
    assert_eq!(scrub(&["فاطمة"], "فاطمه هنا"), "[…] هنا", "ة written ه");
    assert_eq!(scrub(&["أحمد"], "واحمد وإحمد"), "و[…] و[…]");
    assert_eq!(scrub(&["فاطمة"], "فَاطِمَة"), "[…]", "vowel marks");
    assert_eq!(scrub(&["فاطمة الزهراء"], "الزهراء وزهراء"), "[…] و[…]");
    // Not inside another word: مفاطمة is no proclitic + name.
    assert_eq!(finds(&["فاطمة"], "مفاطمة"), Vec::<String>::new());
}

#[test]
fn nepali_names_with_postpositions_joined() {
    assert_eq!(scrub(&["सीता"], "सीतालाई धम्की आयो"), "[…]लाई धम्की आयो");
    assert_eq!(scrub(&["सीता"], "सीताको घर, सीताले भनिन्"), "[…]को घर, […]ले भनिन्");
    // A vowel sign after the name makes another word: सीता is not in सीताा… nor राम in राम्रो.
    assert_eq!(finds(&["राम"], "राम्रो काम"), Vec::<String>::new());
    assert_eq!(finds(&["राम"], "रामा"), Vec::<String>::new());
    // The nukta and candrabindu are often left out.
    assert_eq!(scrub(&["ज़रीना"], "जरीनाले"), "[…]ले");
}

#[test]
fn khmer_and_thai_written_without_spaces() {
    let name = "សុខា";
    assert_eq!(scrub(&[name], "លោកស្រីសុខាបាននិយាយ"), "លោកស្រី[…]បាននិយាយ");
    assert_eq!(scrub(&["ចាន់ ធារី"], "ចាន់ធារីមក"), "[…]មក", "a two-word name written as one");
    // With zero-width spaces between words, as some keyboards put them.
    assert_eq!(scrub(&[name], "លោក\u{200B}សុខា\u{200B}មក"), "លោក\u{200B}[…]មក");
    // A subscript consonant (coeng) belongs to the cluster before it: ស្រី is not ស + រី.
    assert_eq!(finds(&["រី"], "ស្រី"), Vec::<String>::new());
    assert_eq!(scrub(&["สมชาย"], "คุณสมชายพูดว่า"), "คุณ[…]พูดว่า");
}

#[test]
fn latin_names_stay_whole_words() {
    assert_eq!(scrub(&["Maria Chan"], "maria chan said, and MARIA agreed"), "[…] said, and […] agreed");
    assert_eq!(scrub(&["Maria Chan"], "Chan's idea, d'Maria"), "[…]'s idea, d'[…]");
    assert_eq!(finds(&["Maria Chan"], "Mariana and Chang"), Vec::<String>::new());
    assert_eq!(scrub(&["Li Na"], "Li Na spoke; Li did not"), "[…] spoke; Li did not");
    assert_eq!(finds(&["Li"], "Lima office"), Vec::<String>::new());
    assert_eq!(scrub(&["Li"], "Li said"), "[…] said");
}

#[test]
fn the_longest_name_is_replaced_whole() {
    let mut b = Builder::new();
    b.name("Maria Chan", 1);
    b.name("Maria", 2);
    let n = b.build();
    assert_eq!(n.replace("Maria Chan and Maria", |p, _| format!("<{}>", p[0])).as_deref(), Some("<1> and <1>"));
    assert!(n.replace("nobody", |_, _| String::new()).is_none());
}
