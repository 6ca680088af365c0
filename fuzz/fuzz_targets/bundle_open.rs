//! A whole bundle file, as it arrives on a stick: age, then the frame, then the payload. Opened
//! with the test vectors' office key (test-only, committed), so the corpus's vectors get past the
//! encryption and the fuzzer explores what lies behind it.
#![no_main]
use fieldbook_core::sync::bundle::{open, Unseal};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static KEY: OnceLock<age::x25519::Identity> = OnceLock::new();

fuzz_target!(|file: &[u8]| {
    let key = KEY.get_or_init(|| {
        include_str!("../../tests/vectors/keys/office.agekey")
            .lines()
            .find(|l| l.starts_with("AGE-SECRET-KEY-"))
            .and_then(|l| l.trim().parse().ok())
            .expect("the vectors' office key")
    });
    let _ = open(file, Unseal::Identity(key), |_| true);
});
