//! An inflated payload of format 2 (postcard blocks), read block by block.
#![no_main]
use fieldbook_core::sync::decode::{decode_from, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = decode_from(2, data, Limits { bytes: 1 << 20, changes: 1 << 16 });
});
