//! What the app and the command line do to their own process as they start: a crash must not
//! leave the store's key and decrypted notes in a core file. Release builds abort on a panic
//! (docs/decisions.md), and an abort dumps core where the system keeps dumps (systemd-coredump,
//! apport), readable long after the laptop was locked.

/// Sets this process's core-file limit (and its children's: WebKit's processes hold the page)
/// to nothing, soft and hard. Best effort: where the system refuses, the process runs on.
pub fn no_core_dumps() {
    #[cfg(unix)]
    {
        use rustix::process::{setrlimit, Resource, Rlimit};
        let _ = setrlimit(Resource::Core, Rlimit { current: Some(0), maximum: Some(0) });
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn a_crash_leaves_no_core_file() {
        use rustix::process::{getrlimit, Resource};
        super::no_core_dumps();
        let limit = getrlimit(Resource::Core);
        assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)));
    }
}
