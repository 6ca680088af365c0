//! A decrypted bundle: magic, version, manifest JSON, signature, payload hash.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|plain: &[u8]| {
    let _ = fieldbook_core::sync::bundle::parse_frame(plain);
});
