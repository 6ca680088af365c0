//! Search in the scripts Fieldbook speaks: whole Devanagari and Khmer words (their vowel signs
//! are part of the word), and Arabic words found with or without what joins their front.

use crate::schema::Entity;
use crate::search::SearchQuery;
use crate::store::Store;
use crate::Passphrase;
use serde_json::json;

fn store_with(notes: &[&str]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::init(dir.path(), &Passphrase::new("correct horse battery")).expect("init");
    for (i, n) in notes.iter().enumerate() {
        let f = json!({"title": format!("Session {i}"), "notes": n});
        store.create(Entity::Session, f.as_object().cloned().unwrap_or_default()).expect("create");
    }
    (dir, store)
}

/// The words each hit marks, in order of the hits.
fn marked(store: &Store, text: &str) -> Vec<Vec<String>> {
    let hits = store.search(&SearchQuery { text: text.into(), ..SearchQuery::default() }).expect("search");
    hits.iter().map(|h| h.snippet.iter().filter(|s| s.hit).map(|s| s.text.clone()).collect()).collect()
}

#[test]
fn devanagari_and_khmer_words_are_whole_words() {
    let (_d, store) = store_with(&["महिलाहरूको सञ्जालले ज्याला माग्यो", "ពលករ\u{200b}ក្នុងផ្ទះ សហជីព\u{200b}ប្រជុំ", "मह ला"]);
    // The vowel signs and the virama are inside the word: it is found and marked whole, and a
    // note holding only its consonants is not found.
    assert_eq!(marked(&store, "महिला"), [["महिलाहरूको"]]);
    assert_eq!(marked(&store, "सञ्जाल"), [["सञ्जालले"]]);
    assert_eq!(marked(&store, "सहजीप"), Vec::<Vec<String>>::new());
    assert_eq!(marked(&store, "សហជីព"), [["សហជីព"]]);
    assert_eq!(marked(&store, "ពលករ"), [["ពលករ"]]);
}

#[test]
fn arabic_words_are_found_with_what_joins_their_front_and_either_ending() {
    let (_d, store) = store_with(&[
        "اجتماع والمدرسة مع أحمد حول الأجور",
        "زيارة للمدرسه في القرية",
        "لا شيء هنا عن ذلك",
        "قال محمّد في المستشفي",
    ]);
    // The conjunction and the article joined to the word, and ة written ه.
    assert_eq!(marked(&store, "مدرسة").len(), 2);
    assert_eq!(marked(&store, "المدرسة").len(), 2);
    // Any alef form at the start.
    assert_eq!(marked(&store, "احمد"), [["أحمد"]]);
    assert_eq!(marked(&store, "اجور"), [["الأجور"]]);
    // Vowel marks typed in the query are not required in the text.
    assert_eq!(marked(&store, "مَدرسة").len(), 2);
    // A word that starts with a letter that could be a prefix keeps it: بيت is not يت.
    assert_eq!(marked(&store, "زيارة"), [["زيارة"]]);
    assert!(marked(&store, "بقرية").is_empty());
    // "And" typed joined to the word; the word written with a shadda, typed as written; a
    // final ى typed for the text's ي.
    assert_eq!(marked(&store, "ومدرسة").len(), 2);
    assert_eq!(marked(&store, "محمّد"), [["محمّد"]]);
    assert_eq!(marked(&store, "مستشفى"), [["المستشفي"]]);
    // A vowel mark alone is not a word, and matches nothing rather than everything.
    assert!(marked(&store, "\u{064E}").is_empty());
    assert!(marked(&store, "\u{0301}").is_empty());
}

#[test]
fn text_typed_decomposed_is_found_by_a_composed_query_and_the_other_way_round() {
    let (_d, store) = store_with(&["Jose\u{301} Pe\u{301}rez asked for contracts", "Reunión en São Paulo"]);
    // Stored composed whatever the keyboard sent, so the index holds one form.
    assert_eq!(marked(&store, "José"), [["José"]]);
    assert_eq!(marked(&store, "Pérez"), [["Pérez"]]);
    assert_eq!(marked(&store, "Reunio\u{301}n"), [["Reunión"]]);
    assert_eq!(marked(&store, "Sa\u{303}o"), [["São"]]);
}
