//! A recovery share code as a custodian types it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = fieldbook_core::recovery::parse_share(text);
    }
});
