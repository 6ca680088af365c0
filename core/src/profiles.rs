//! Several facilitators on one shared laptop, each with their own profile: their own encrypted
//! store, passphrase, device identity and recipients, in their own folder. A profile is known by
//! a label its owner chooses (nothing identifying is needed); the list of labels is the only
//! thing profiles share. The data folder's own store, from before profiles, is the first
//! profile, so existing installs keep working unchanged.

use crate::error::{Error, Result};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The list of profiles, in the data folder.
pub const PROFILES_FILE: &str = "profiles.json";
/// The first profile's name: the data folder's own store.
pub const FIRST: &str = "default";
/// The folder the other profiles' folders are in.
const FOLDER: &str = "profiles";
/// The longest label.
pub const MAX_NAME_CHARS: usize = 40;

/// One profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The label its owner chose.
    pub name: String,
    /// Its folder, relative to the data folder (`.` for the first profile).
    pub dir: String,
}

/// One profile as the unlock screen and `profiles list` show it.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileInfo {
    /// The label.
    pub name: String,
    /// Whether it is the data folder's own store.
    pub first: bool,
    /// Whether its store has been created.
    pub created: bool,
}

/// The profiles of one data folder.
#[derive(Debug, Clone)]
pub struct Profiles {
    root: PathBuf,
    list: Vec<Profile>,
}

impl Profiles {
    /// Reads the list; a data folder without one has the first profile only.
    pub fn load(root: &Path) -> Result<Profiles> {
        let file = root.join(PROFILES_FILE);
        let mut list: Vec<Profile> = match std::fs::read(&file) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| Error::InvalidDocument(format!("{}: {e}", file.display())))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => vec![],
            Err(e) => return Err(e.into()),
        };
        // A list edited by hand may not name a folder outside the data folder, nor one folder
        // twice (removing one would take the other).
        let mut seen = std::collections::HashSet::new();
        list.retain(|p| (p.dir == "." || is_profile_folder(&p.dir)) && seen.insert(p.dir.clone()));
        if !list.iter().any(|p| p.dir == ".") {
            list.insert(0, Profile { name: FIRST.into(), dir: ".".into() });
        }
        Ok(Profiles { root: root.to_path_buf(), list })
    }

    /// The profiles, the first one first.
    pub fn list(&self) -> Vec<ProfileInfo> {
        self.list
            .iter()
            .map(|p| ProfileInfo { name: p.name.clone(), first: p.dir == ".", created: Store::exists(&self.folder(p)) })
            .collect()
    }

    fn folder(&self, p: &Profile) -> PathBuf {
        if p.dir == "." {
            self.root.clone()
        } else {
            self.root.join(&p.dir)
        }
    }

    fn find(&self, name: &str) -> Option<&Profile> {
        let n = name.trim();
        self.list
            .iter()
            .find(|p| p.name == n)
            .or_else(|| self.list.iter().find(|p| p.name.to_lowercase() == n.to_lowercase()))
    }

    /// The profile whose folder `dir` is (`None`: no profile's, such as the sample notebook's).
    pub fn name_of(&self, dir: &Path) -> Option<&str> {
        self.list.iter().find(|p| self.folder(p) == dir).map(|p| p.name.as_str())
    }

    /// The data folder of a profile (`None`: the first one).
    pub fn dir_of(&self, name: Option<&str>) -> Result<PathBuf> {
        match name {
            None => Ok(self.root.clone()),
            Some(n) => self.find(n).map(|p| self.folder(p)).ok_or_else(|| Error::NoProfile { name: n.trim().into() }),
        }
    }

    /// Adds a profile with its own, still empty, folder; its store is created at its first unlock
    /// (with its own passphrase). Returns the folder.
    pub fn add(&mut self, name: &str) -> Result<PathBuf> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
            return Err(Error::ProfileName { max: MAX_NAME_CHARS });
        }
        if self.find(name).is_some() {
            return Err(Error::ProfileExists { name: name.into() });
        }
        let dir = format!("{FOLDER}/{}", uuid::Uuid::now_v7().simple());
        let profile = Profile { name: name.into(), dir };
        let folder = self.folder(&profile);
        std::fs::create_dir_all(&folder)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700))?;
        }
        self.list.push(profile);
        self.save()?;
        Ok(folder)
    }

    /// Wipes one profile's store (as `wipe` does) and removes it from the list; the first
    /// profile's store is wiped and the profile stays, empty. The other profiles are untouched.
    pub fn remove(&mut self, name: &str) -> Result<Vec<PathBuf>> {
        let profile = self.find(name).cloned().ok_or_else(|| Error::NoProfile { name: name.trim().into() })?;
        let folder = self.folder(&profile);
        let removed = if Store::exists(&folder) { crate::store::wipe_store_files(&folder)? } else { vec![] };
        if profile.dir != "." {
            // What else the profile kept (its sample notebook, its settings) goes with it.
            if folder.exists() {
                std::fs::remove_dir_all(&folder)?;
            }
            self.list.retain(|p| p.dir != profile.dir);
            self.save()?;
        }
        Ok(removed)
    }

    fn save(&self) -> Result<()> {
        std::fs::create_dir_all(&self.root)?;
        let file = self.root.join(PROFILES_FILE);
        let tmp = self.root.join(format!("{PROFILES_FILE}.tmp"));
        let json = serde_json::to_vec_pretty(&self.list).map_err(|e| Error::InvalidDocument(e.to_string()))?;
        std::fs::write(&tmp, json)?;
        std::fs::File::open(&tmp)?.sync_all()?;
        std::fs::rename(&tmp, &file)?;
        Ok(())
    }
}

/// `profiles/<32 hex digits>`: the only folders a list may name.
fn is_profile_folder(dir: &str) -> bool {
    dir.strip_prefix("profiles/").is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Passphrase;

    #[test]
    fn profiles_have_their_own_folders_and_removing_one_leaves_the_others() {
        let root = tempfile::tempdir().expect("dir");
        Store::init(root.path(), &Passphrase::new("first person's passphrase")).expect("first");
        let mut p = Profiles::load(root.path()).expect("load");
        assert_eq!(p.list().len(), 1);
        assert!(p.list()[0].first && p.list()[0].created, "an existing store is the first profile");
        let green = p.add("Green notebook").expect("add");
        assert!(matches!(p.add("green NOTEBOOK"), Err(Error::ProfileExists { .. })));
        assert!(matches!(p.add(" "), Err(Error::ProfileName { .. })));
        Store::init(&green, &Passphrase::new("second person's passphrase")).expect("second");
        let p = Profiles::load(root.path()).expect("reload");
        assert_eq!(p.dir_of(Some("Green notebook")).expect("dir"), green);
        assert!(matches!(p.dir_of(Some("nobody")), Err(Error::NoProfile { .. })));
        assert!(matches!(
            Store::open(&green, &Passphrase::new("first person's passphrase")),
            Err(Error::WrongPassphrase)
        ));
        let mut p = p;
        p.remove("Green notebook").expect("remove");
        assert!(!green.exists() && Store::exists(root.path()), "only that profile went");
        assert_eq!(Profiles::load(root.path()).expect("reload").list().len(), 1);
    }

    #[test]
    fn a_list_cannot_point_outside_the_data_folder() {
        let root = tempfile::tempdir().expect("dir");
        let evil = r#"[{"name":"x","dir":"../../etc"},{"name":"y","dir":"/tmp"}]"#;
        std::fs::write(root.path().join(PROFILES_FILE), evil).expect("write");
        let p = Profiles::load(root.path()).expect("load");
        assert_eq!(p.list().len(), 1);
        assert!(p.dir_of(Some("x")).is_err());
    }
}
