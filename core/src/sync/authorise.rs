//! Who may change what. Every incoming change is sorted, before anything is written, into merged,
//! a duplicate, held for review (with a reason a person can read) or refused, from what the
//! bundle's signer is trusted to do and what this store knows of the field. A function of values
//! and a narrow [`Local`] view, so tests inspect the decisions without a store; the merge writes
//! only what this lets through. Rules and their reasons: docs/decisions.md, "Device authority".

use crate::error::Result;
use crate::hlc::{ahead_ms, MAX_AHEAD_MS};
use crate::ids::DeviceId;
use crate::schema::Entity;
use crate::stamp::Stamp;
use crate::store::write::DELETED;
use crate::tier::{field_tier, is_free_text, lowers_tier, record_tier, Facts, Tier};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// What a trusted device is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A facilitator's laptop: its bundles may carry only its own changes.
    #[default]
    Field,
    /// A country office: may relay other devices' changes (they keep their author) and decide
    /// on tiers.
    Office,
}

impl Role {
    /// The code stored and shown (`field`, `office`).
    pub fn code(self) -> &'static str {
        match self {
            Role::Field => "field",
            Role::Office => "office",
        }
    }

    /// Parses a code.
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim() {
            "field" => Some(Role::Field),
            "office" => Some(Role::Office),
            _ => None,
        }
    }
}

/// What a trusted device may do: its role, and the most sensitive tier it may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authority {
    /// Field device or office.
    pub role: Role,
    /// Fields above this tier that it did not write itself wait for review.
    pub clearance: Tier,
}

impl Default for Authority {
    /// A device trusted without saying more: a field device cleared for `internal`.
    fn default() -> Self {
        Authority { role: Role::Field, clearance: Tier::Internal }
    }
}

impl Authority {
    /// This device's own bundles (imported back) and anything else with full authority.
    pub const FULL: Authority = Authority { role: Role::Office, clearance: Tier::Restricted };
}

/// The signer of a bundle, as this store knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sender {
    /// The device id bound to the signing key.
    pub device: DeviceId,
    /// What it may do.
    pub authority: Authority,
}

/// Why a change waits for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hold {
    /// It would lower a tier: unmark someone at risk, widen a consent, lower a tier choice.
    LowersTier,
    /// It overwrites a field above its sender's clearance that the sender did not write.
    AboveClearance,
    /// Its clock is further ahead of this device's than [`MAX_AHEAD_MS`].
    ClockAhead,
}

impl Hold {
    /// The code stored in `conflict.reason` and used in catalogue keys.
    pub fn code(self) -> &'static str {
        match self {
            Hold::LowersTier => "lowers-tier",
            Hold::AboveClearance => "above-clearance",
            Hold::ClockAhead => "clock-ahead",
        }
    }

    /// Parses a code.
    pub fn parse(s: &str) -> Option<Hold> {
        [Hold::LowersTier, Hold::AboveClearance, Hold::ClockAhead].into_iter().find(|h| h.code() == s)
    }
}

/// Why a change is dropped (the bundle is still applied; the report counts these).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    /// A field device sent a change made by another device that this store has not seen: it
    /// may not speak for others (the author's own bundle will bring the change).
    NotOwnChange,
    /// A change stamped as this device's own that this device never made.
    ForgedAsReceiver,
    /// A change to a withdrawal of consent (or an acknowledgement of one), which are kept as
    /// recorded: a withdrawal cannot be narrowed or taken back by a later edit.
    Fixed,
    /// A withdrawal of consent for a record that is not a participant (only a participant can
    /// withdraw; what it would erase belongs to nobody).
    NotAParticipant,
}

impl Refusal {
    /// A stable code for reports.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotOwnChange => "not-own-change",
            Refusal::ForgedAsReceiver => "forged-as-receiver",
            Refusal::Fixed => "withdrawal-fixed",
            Refusal::NotAParticipant => "withdrawal-not-participant",
        }
    }
}

/// What happens to one incoming change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Goes to the merge (last writer wins, conflicts kept).
    Merge,
    /// Already here: nothing to do.
    Duplicate,
    /// Kept in the review queue, not applied.
    Hold(Hold),
    /// Dropped.
    Refuse(Refusal),
}

/// What this store knows of the field a change touches, read lazily (most changes need little).
pub trait Local {
    /// The stamp of the field's current value here (`None`: the field or record is new here).
    fn stamp(&mut self) -> Result<Option<Stamp>>;
    /// Whether this store has already seen exactly this write of the field (its history, or a
    /// conflict or review entry).
    fn seen(&mut self, stamp: Stamp) -> Result<bool>;
    /// The field's current value here.
    fn value(&mut self) -> Result<Option<Json>>;
    /// The facts that decide the record's tiers here.
    fn facts(&mut self) -> Result<Facts>;
    /// The most sensitive name that `text` mentions among the record's session's people.
    fn mentions(&mut self, text: &str) -> Result<Tier>;
    /// Whether the write stamped `stamp` came here in its author's own bundle (not relayed).
    fn came_from_author(&mut self, stamp: Stamp) -> Result<bool>;
}

/// One incoming change, with its value already checked.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    /// Record kind.
    pub entity: Entity,
    /// Field name (`deleted` for tombstones).
    pub field: &'a str,
    /// The value.
    pub value: &'a Json,
    /// Its stamp (author and clock).
    pub stamp: Stamp,
}

/// Sorts one change. `me` is this device, `wall_ms` its wall clock.
pub fn authorise(
    ch: Incoming<'_>,
    sender: &Sender,
    me: DeviceId,
    wall_ms: u64,
    local: &mut dyn Local,
) -> Result<Verdict> {
    let here = local.stamp()?;
    if here == Some(ch.stamp) {
        return Ok(Verdict::Duplicate);
    }
    // This device's own writes are all here, each at or below the field's stamp.
    if ch.stamp.device == me {
        return Ok(match here {
            Some(s) if ch.stamp < s => Verdict::Duplicate,
            _ => Verdict::Refuse(Refusal::ForgedAsReceiver),
        });
    }
    if ch.stamp.device != sender.device && sender.authority.role == Role::Field {
        // A field device hands back what it received (harmless, already here) but never
        // speaks for another device.
        return Ok(if local.seen(ch.stamp)? { Verdict::Duplicate } else { Verdict::Refuse(Refusal::NotOwnChange) });
    }
    // A withdrawal of consent is never edited, and never waits for a person: not even when its
    // clock is ahead (a person could then drop it). Its stamp orders nothing, and a stamp far
    // ahead does not move this device's clock (`Clock::observe`).
    if matches!(ch.entity, Entity::Withdrawal | Entity::WithdrawalAck) {
        return Ok(match local.value()? {
            Some(before) if before != *ch.value => Verdict::Refuse(Refusal::Fixed),
            Some(_) => Verdict::Duplicate,
            None => Verdict::Merge,
        });
    }
    if ahead_ms(ch.stamp.hlc, wall_ms) > MAX_AHEAD_MS {
        return Ok(if local.seen(ch.stamp)? { Verdict::Duplicate } else { Verdict::Hold(Hold::ClockAhead) });
    }
    // A change that loses to the one here changes nothing by itself (a losing concurrent write
    // is kept as a conflict for a person to decide).
    if here.is_some_and(|s| ch.stamp < s) {
        return Ok(Verdict::Merge);
    }
    // An office cleared for everything is held by neither rule below: no read needed (an
    // office's merge of edits is the common, large case).
    if sender.authority == Authority::FULL {
        return Ok(Verdict::Merge);
    }
    // A record not here yet is new: there is nothing here to lower or overwrite.
    let Some(before) = local.value()? else { return Ok(Verdict::Merge) };
    // From here on the change would replace a value here: stamped, or not (a store older than
    // stamps, a record that arrived in part), which counts as not the sender's.
    if sender.authority.role == Role::Field
        && lowers_tier(ch.entity, ch.field, Some(&before), ch.value, &local.facts()?)
    {
        return held(local, ch.stamp, Hold::LowersTier);
    }
    // The sender wrote the value here only if it came from the sender's own key: a key can claim
    // the id of a device this store knows only through an office's relays.
    let sender_wrote = match here {
        Some(s) if s.device == sender.device => local.came_from_author(s)?,
        _ => false,
    };
    if sender.authority.clearance < Tier::Restricted && !sender_wrote {
        let facts = local.facts()?;
        let mut tier = if ch.field == DELETED.name {
            record_tier(ch.entity, &facts)
        } else {
            field_tier(ch.entity, ch.field, &facts)
        };
        if tier <= sender.authority.clearance && is_free_text(ch.entity, ch.field) {
            if let Json::String(text) = &before {
                tier = tier.max(local.mentions(text)?);
            }
        }
        if tier > sender.authority.clearance {
            return held(local, ch.stamp, Hold::AboveClearance);
        }
    }
    Ok(Verdict::Merge)
}

/// A change already waiting (its bundle imported again) is a duplicate, not a second entry.
fn held(local: &mut dyn Local, stamp: Stamp, why: Hold) -> Result<Verdict> {
    Ok(if local.seen(stamp)? { Verdict::Duplicate } else { Verdict::Hold(why) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hlc::Hlc;
    use serde_json::json;

    /// A field as a store would know it, without a store.
    #[derive(Default)]
    struct Known {
        stamp: Option<Stamp>,
        seen: Vec<Stamp>,
        value: Option<Json>,
        facts: Facts,
        mentioned: Option<Tier>,
        /// Stamps that came here relayed by another device.
        relayed: Vec<Stamp>,
    }

    impl Local for Known {
        fn stamp(&mut self) -> Result<Option<Stamp>> {
            Ok(self.stamp)
        }
        fn seen(&mut self, stamp: Stamp) -> Result<bool> {
            Ok(self.seen.contains(&stamp))
        }
        fn value(&mut self) -> Result<Option<Json>> {
            Ok(self.value.clone())
        }
        fn facts(&mut self) -> Result<Facts> {
            Ok(self.facts)
        }
        fn mentions(&mut self, _: &str) -> Result<Tier> {
            Ok(self.mentioned.unwrap_or(Tier::ShareBack))
        }
        fn came_from_author(&mut self, stamp: Stamp) -> Result<bool> {
            Ok(!self.relayed.contains(&stamp))
        }
    }

    const NOW: u64 = 1_780_000_000_000;

    fn at(device: DeviceId, ms: u64) -> Stamp {
        Stamp { hlc: Hlc::at(ms), device }
    }

    struct World {
        me: DeviceId,
        field: Sender,
        office: Sender,
        other: DeviceId,
    }

    fn world() -> World {
        let field = Sender { device: DeviceId::new(), authority: Authority::default() };
        let office = Sender { device: DeviceId::new(), authority: Authority::FULL };
        World { me: DeviceId::new(), field, office, other: DeviceId::new() }
    }

    fn verdict(
        w: &World,
        from: &Sender,
        entity: Entity,
        field: &str,
        value: Json,
        stamp: Stamp,
        k: &mut Known,
    ) -> Verdict {
        let ch = Incoming { entity, field, value: &value, stamp };
        authorise(ch, from, w.me, NOW, k).expect("authorise")
    }

    #[test]
    fn a_field_device_cannot_unmark_someone_at_risk_or_widen_consent_but_an_office_can() {
        let w = world();
        let at_risk = Facts { at_risk: true, ..Facts::default() };
        let cases = [
            ("at_risk", json!(true), json!(false), at_risk),
            ("consent_named", json!(false), json!(true), Facts::default()),
            ("consent_quote", json!(false), json!(true), Facts::default()),
            ("tier", json!("restricted"), json!("default"), Facts { item: Some(Tier::Restricted), ..Facts::default() }),
        ];
        for (field, before, after, facts) in cases {
            let mut k = Known { stamp: Some(at(w.other, NOW - 10)), value: Some(before), facts, ..Known::default() };
            let v = verdict(&w, &w.field, Entity::Participant, field, after.clone(), at(w.field.device, NOW), &mut k);
            assert_eq!(v, Verdict::Hold(Hold::LowersTier), "{field}");
            let v = verdict(&w, &w.office, Entity::Participant, field, after, at(w.office.device, NOW), &mut k);
            assert_eq!(v, Verdict::Merge, "{field} from an office");
        }
        // Raising is never held.
        let mut k = Known { stamp: Some(at(w.other, NOW - 10)), value: Some(json!(false)), ..Known::default() };
        let v = verdict(&w, &w.field, Entity::Participant, "at_risk", json!(true), at(w.field.device, NOW), &mut k);
        assert_eq!(v, Verdict::Merge);
    }

    #[test]
    fn a_field_device_may_not_overwrite_what_is_above_its_clearance_unless_it_wrote_it() {
        let w = world();
        let at_risk = Facts { at_risk: true, ..Facts::default() };
        // The organisation of someone at risk (restricted), written by another device or by
        // the sender itself.
        let org = |by: DeviceId| Known {
            stamp: Some(at(by, NOW - 10)),
            value: Some(json!("Cleaners' collective")),
            facts: at_risk,
            ..Known::default()
        };
        let change = |k: &mut Known| {
            verdict(&w, &w.field, Entity::Participant, "organisation", json!("X"), at(w.field.device, NOW), k)
        };
        assert_eq!(change(&mut org(w.other)), Verdict::Hold(Hold::AboveClearance));
        assert_eq!(change(&mut org(w.field.device)), Verdict::Merge, "its own record");
        // A value stamped with the sender's id that came here relayed by someone else is not
        // taken as the sender's on its word (the key may have claimed that id).
        let mut relayed = org(w.field.device);
        relayed.relayed = relayed.stamp.into_iter().collect();
        assert_eq!(change(&mut relayed), Verdict::Hold(Hold::AboveClearance));
        // Free text that names someone at risk takes that tier.
        let mut notes = Known {
            stamp: Some(at(w.other, NOW - 10)),
            value: Some(json!("Dolores was followed")),
            mentioned: Some(Tier::Restricted),
            ..Known::default()
        };
        let v = verdict(&w, &w.field, Entity::Session, "notes", json!("nothing"), at(w.field.device, NOW), &mut notes);
        assert_eq!(v, Verdict::Hold(Hold::AboveClearance));
        // A risk (restricted) deleted by a field device that did not write it.
        let mut risk = Known { stamp: Some(at(w.other, NOW - 10)), value: Some(json!(false)), ..Known::default() };
        let v = verdict(&w, &w.field, Entity::Risk, "deleted", json!(true), at(w.field.device, NOW), &mut risk);
        assert_eq!(v, Verdict::Hold(Hold::AboveClearance));
        // An ordinary field is merged.
        let mut title = Known { stamp: Some(at(w.other, NOW - 10)), value: Some(json!("a")), ..Known::default() };
        let v = verdict(&w, &w.field, Entity::Session, "title", json!("b"), at(w.field.device, NOW), &mut title);
        assert_eq!(v, Verdict::Merge);
    }

    #[test]
    fn authorship_is_bound_to_the_signer() {
        let w = world();
        let old = at(w.other, NOW - 100);
        // A field device relaying a change this store has not seen, in another device's name.
        let mut k = Known { stamp: Some(old), ..Known::default() };
        let forged = at(w.other, NOW);
        assert_eq!(
            verdict(&w, &w.field, Entity::Session, "title", json!("x"), forged, &mut k),
            Verdict::Refuse(Refusal::NotOwnChange)
        );
        // …but handing back what it received is a duplicate.
        let mut k = Known { stamp: Some(forged), seen: vec![old], ..Known::default() };
        assert_eq!(verdict(&w, &w.field, Entity::Session, "title", json!("x"), old, &mut k), Verdict::Duplicate);
        assert_eq!(verdict(&w, &w.field, Entity::Session, "title", json!("x"), forged, &mut k), Verdict::Duplicate);
        // An office relays with the author kept.
        let mut k = Known { stamp: Some(old), ..Known::default() };
        assert_eq!(verdict(&w, &w.office, Entity::Session, "title", json!("x"), forged, &mut k), Verdict::Merge);
        // Nobody may write in this device's name a change it never made, office or not.
        for from in [&w.field, &w.office] {
            let mut k = Known { stamp: Some(at(w.me, NOW - 5)), ..Known::default() };
            let v = verdict(&w, from, Entity::Session, "title", json!("x"), at(w.me, NOW), &mut k);
            assert_eq!(v, Verdict::Refuse(Refusal::ForgedAsReceiver));
            let mut new = Known::default();
            let v = verdict(&w, from, Entity::Session, "title", json!("x"), at(w.me, NOW), &mut new);
            assert_eq!(v, Verdict::Refuse(Refusal::ForgedAsReceiver));
            // An older one of its own loses anyway: nothing to do.
            let v = verdict(&w, from, Entity::Session, "title", json!("x"), at(w.me, NOW - 50), &mut k);
            assert_eq!(v, Verdict::Duplicate);
        }
    }

    #[test]
    fn a_clock_far_ahead_waits_for_review_from_anyone() {
        let w = world();
        for from in [&w.field, &w.office] {
            let future = at(from.device, NOW + MAX_AHEAD_MS + 1);
            let mut k = Known { stamp: Some(at(w.other, NOW - 10)), ..Known::default() };
            assert_eq!(
                verdict(&w, from, Entity::Session, "title", json!("x"), future, &mut k),
                Verdict::Hold(Hold::ClockAhead)
            );
            let mut new = Known::default();
            assert_eq!(
                verdict(&w, from, Entity::Session, "title", json!("x"), future, &mut new),
                Verdict::Hold(Hold::ClockAhead)
            );
            // Once waiting, the same change again is not a second entry.
            let mut waiting = Known { seen: vec![future], ..Known::default() };
            assert_eq!(
                verdict(&w, from, Entity::Session, "title", json!("x"), future, &mut waiting),
                Verdict::Duplicate
            );
            let within = at(from.device, NOW + MAX_AHEAD_MS);
            assert_eq!(verdict(&w, from, Entity::Session, "title", json!("x"), within, &mut k), Verdict::Merge);
        }
        let top = Stamp { hlc: Hlc(u64::MAX), device: w.office.device };
        assert_eq!(
            verdict(&w, &w.office, Entity::Session, "title", json!("x"), top, &mut Known::default()),
            Verdict::Hold(Hold::ClockAhead)
        );
    }

    #[test]
    fn a_field_with_no_stamp_here_is_still_checked_and_moving_a_record_counts_as_lowering() {
        let w = world();
        // A store older than stamps, or a record that arrived in part: the value is here, the
        // stamp is not.
        let mut unstamped = Known { value: Some(json!("default")), ..Known::default() };
        let v =
            verdict(&w, &w.field, Entity::Risk, "tier", json!("share_back"), at(w.field.device, NOW), &mut unstamped);
        assert_eq!(v, Verdict::Hold(Hold::LowersTier));
        let mut unstamped = Known { value: Some(json!("Police raid")), ..Known::default() };
        let v = verdict(&w, &w.field, Entity::Risk, "description", json!("x"), at(w.field.device, NOW), &mut unstamped);
        assert_eq!(v, Verdict::Hold(Hold::AboveClearance), "not the sender's, since unknown");
        // Moving an item to another session, or renaming someone whose name may not be shared.
        let s = || json!(DeviceId::new().to_string());
        let mut item = Known { stamp: Some(at(w.field.device, NOW - 10)), value: Some(s()), ..Known::default() };
        let v = verdict(&w, &w.field, Entity::Question, "session_id", s(), at(w.field.device, NOW), &mut item);
        assert_eq!(v, Verdict::Hold(Hold::LowersTier), "even its own item");
        let mut name =
            Known { stamp: Some(at(w.field.device, NOW - 10)), value: Some(json!("Kalinda")), ..Known::default() };
        let v = verdict(&w, &w.field, Entity::Participant, "name", json!("K."), at(w.field.device, NOW), &mut name);
        assert_eq!(v, Verdict::Hold(Hold::LowersTier), "no consent to be named: text naming her would be released");
        let named = Facts { consent_named: true, ..Facts::default() };
        let mut ok = Known {
            stamp: Some(at(w.field.device, NOW - 10)),
            value: Some(json!("Amina")),
            facts: named,
            ..Known::default()
        };
        let v = verdict(&w, &w.field, Entity::Participant, "name", json!("Amina D."), at(w.field.device, NOW), &mut ok);
        assert_eq!(v, Verdict::Merge);
    }

    #[test]
    fn codes_round_trip() {
        for h in [Hold::LowersTier, Hold::AboveClearance, Hold::ClockAhead] {
            assert_eq!(Hold::parse(h.code()), Some(h));
        }
        for r in [Role::Field, Role::Office] {
            assert_eq!(Role::parse(r.code()), Some(r));
        }
    }
}
