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
    // Run together, or beside a digit, as a handle or a hashtag writes it.
    assert_eq!(scrub(&["Maria Chan"], "#MariaChan and maria2"), "#[…] and […]2");
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
    // Given and family names written the other way round, or run together, are one mention.
    assert_eq!(scrub(&["Maria Chan"], "Chan Maria said"), "[…] said");
    assert_eq!(scrub(&["សុខា ចាន់"], "ចាន់សុខាសុំ"), "[…]សុំ");
}

mod generated {
    //! Names made up in Latin, Devanagari, Khmer and Arabic, typed in each form a person may
    //! type them, are found; what the scrubber leaves holds none of their letters.

    use super::super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    /// Syllables of each script that make a word whole (a consonant and a vowel or vowel sign).
    fn syllables(script: usize) -> Vec<&'static str> {
        match script {
            0 => vec!["ma", "ri", "jo", "sé", "pé", "rez", "lu", "ña", "ca", "dö", "ta", "ni", "ko", "vé"],
            1 => vec!["सी", "ता", "रा", "मा", "नि", "का", "ले", "गो", "पा", "रु", "दे", "वी"],
            2 => vec!["សុ", "ខា", "ចា", "ន់", "ធា", "រី", "វណ្ណ", "ដា", "ម៉ា", "លី", "ស្រី", "នី"],
            _ => vec!["فا", "طم", "زه", "را", "نو", "سل", "مى", "حس", "ين", "كر"],
        }
    }

    fn word(script: usize, parts: &[usize]) -> String {
        let s = syllables(script);
        let w: String = parts.iter().map(|i| s[i % s.len()]).collect();
        // An Arabic name ends in ة as often as not; a form typed with ه is the same name.
        if script == 3 {
            return w + "ة";
        }
        w
    }

    /// How a name was typed in running text.
    fn typed(script: usize, name: &str, form: usize) -> String {
        match (script, form) {
            (_, 0) => name.to_string(),
            (_, 1) => name.nfd().collect(),
            (_, 2) => name.to_uppercase(),
            (_, 3) => {
                let mut c = name.chars();
                let first: String = c.next().into_iter().collect();
                format!("{first}\u{200B}{}", c.as_str())
            }
            (3, _) => format!("و{name}"),
            (1, _) => format!("{name}लाई"),
            (2, _) => format!("លោក{name}បាន"),
            _ => format!("{name}'s"),
        }
    }

    fn filler(script: usize) -> (&'static str, &'static str) {
        match script {
            0 => ("We heard that ", " asked for contracts."),
            1 => ("बैठकमा ", " बोल्नुभयो।"),
            2 => ("នៅក្នុងកិច្ចប្រជុំ", "និយាយអំពីប្រាក់ឈ្នួល។"),
            _ => ("في الاجتماع قالت ", " إن الأجور متأخرة."),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        #[test]
        fn every_form_of_a_generated_name_is_found_and_scrubbed(
            script in 0usize..4,
            first in proptest::collection::vec(0usize..16, 2..4),
            second in proptest::collection::vec(0usize..16, 2..4),
            form in 0usize..5,
        ) {
            let name = format!("{} {}", word(script, &first), word(script, &second));
            let (before, after) = filler(script);
            let text = format!("{before}{}{after}", typed(script, &word(script, &first), form));
            let mut b = Builder::new();
            b.name(&name, ());
            let names = b.build();
            prop_assert!(names.found_in(&text), "{name:?} not found in {text:?}");
            let scrubbed = names.replace(&text, |_, _| "[…]".into()).unwrap_or_default();
            let folded = fold(&scrubbed).text;
            for part in parts(&name) {
                prop_assert!(!folded.contains(&part), "{part:?} left in {scrubbed:?} (from {text:?})");
            }
        }
    }
}

#[test]
fn a_name_is_kept_composed_and_visible() {
    assert_eq!(tidy("  Jose\u{301}\u{200B}  Pe\u{301}rez\u{202E} "), "José Pérez");
    // The joiners that shape Indic and Persian words stay.
    assert_eq!(tidy("क्\u{200D}ष"), "क्\u{200D}ष");
}
