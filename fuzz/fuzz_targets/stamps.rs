//! A `record_clock.stamps` blob, in any of its three layouts.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|blob: &[u8]| {
    let _ = fieldbook_core::store::check_stamps_blob(blob);
});
