## Fieldbook — English catalogue. Every user-facing string lives here (UI, CLI, errors).
## Keys are the same in every language; tests check that no language misses one.

app-name = Fieldbook
app-tagline = Listening sessions with social movements, safe offline.
language = Language

## Unlock and create
unlock-title = Unlock Fieldbook
unlock-lead = Your notes are encrypted on this computer. Enter the passphrase to open them.
unlock-passphrase = Passphrase
unlock-button = Unlock
unlock-working = Opening…
create-title = Create your Fieldbook
create-lead = Everything you record is encrypted on this computer with a passphrase. Choose one you can remember: it cannot be recovered if you forget it.
create-passphrase = New passphrase
create-confirm = Repeat the passphrase
create-hint = At least { $min } characters. A few unrelated words are easy to remember and hard to guess.
create-button = Create and open
create-mismatch = The two passphrases are not the same.
lock-button = Lock
data-folder = Data folder: { $path }

## Navigation
nav-sessions = Sessions
nav-movements = Movements
nav-guides = Question guides
keyboard-hint = Keys: Alt+1…7 sections · Ctrl+Enter add an item · Ctrl+N new session · / search

## Save state
save-saving = Saving…
save-saved = All changes saved
save-saved-at = Saved at { $time }
save-failed = Not saved: { $reason }

## Sessions list
sessions-title = Listening sessions
sessions-new = New session
sessions-search = Search sessions
sessions-filter-movement = All movements
sessions-filter-status = Any status
sessions-empty = No listening sessions yet. Start with listening: create the first one.
sessions-none-match = No session matches these filters.
sessions-count = { $count ->
    [one] One session
   *[other] { $count } sessions
}
col-date = Date
col-title = Title
col-movements = Movements
col-place = Place
col-participants = People
col-status = Status
untitled-session = Untitled session

## Session status
status-draft = Draft
status-reviewed = Reviewed
status-shared_back = Shared back

## Session editor
session-back = All sessions
session-delete = Delete session
session-delete-confirm = Delete this session and everything recorded in it?
section-details = Details
section-participants = Participants
section-questions = Questions and notes
section-priorities = Priorities
section-risks = Risks
section-support = Agreed support
section-media = Photos and recordings
media-lead = Flipcharts, dot-vote boards, a recording, a scanned consent form. They are encrypted with everything else; a photo's location and camera details are removed before it is kept. Internal unless you choose otherwise: mark a photo that shows people as restricted.
media-attach = Attach files
media-attaching = Attaching { $count ->
    [one] one file…
   *[other] { $count } files…
}
media-empty = Nothing attached yet.
media-drop-hint = You can also drop files on this window.
media-max-side = Shrink photos to
media-max-side-original = their own size
media-max-side-px = { $px } pixels
media-view = View the photo
media-listen = Listen
media-size = { $mb } MB
media-caption = Caption
media-about = About
media-about-session = the whole session
media-in-summary = Print in the summary
media-in-summary-hint = The photo is printed in the session's summary for those its tier allows: choose “share back” for the participants' copy.
media-save-copy = Save a copy…
media-saved-copy = A copy of { $file } was saved.
media-limit-title = Attachments
media-limit-lead = The largest photo, recording or PDF that may be attached. A larger limit fills a USB stick sooner.
media-limit-label = MB at most
media-limit-saved = Files up to { $mb } MB may be attached.
field-title = Title
field-starts-at = Date and time
field-time-zone = Time zone
field-place = Place
field-languages = Languages spoken
field-languages-hint = Separate with commas, e.g. Khmer, English
field-facilitators = Facilitators
field-facilitators-hint = Separate with commas
field-movements = Movements
field-status = Status
field-notes = Session notes
no-movements-yet = No movements yet: add them under Movements.

## Participants
participants-lead = Record consent before writing anything a person says.
participant-add = Add participant
participant-name = Name
participant-pseudonym = Pseudonym
participant-aliases = Other names and nicknames
participant-aliases-hint = Other spellings and nicknames people use for them, separated by commas: looked for in what is typed, like the name
mentions-found = Names found here:
mention-withheld = { $tier }: this text is withheld wherever this name may not go
mark-name = Mark as a name
mark-name-of = Whose name is “{ $text }”?
mark-name-save = Mark
mark-name-cancel = Cancel
mark-name-none = Add the participant first, then mark their name.
participant-organisation = Organisation or group
participant-org-kind = Group type
org-kind-formal = Formal
org-kind-informal = Informal
participant-role = Role
consent-record = Consents to notes
consent-quote = May be quoted
consent-named = May be named in shared documents
at-risk = At risk
at-risk-hint = At risk: never named in anything shared.
participants-empty = No participants yet.
a-participant = A participant

## Questions and quotes
questions-lead = Listen first: the movement sets the agenda.
question-text = Question
question-answer = What was said
question-add = Add question
questions-from-guide = Add questions from a guide
questions-from-guide-button = Add
quote-add = Add quote
quote-text = Quote
quote-by = Said by
quote-no-consent = (no consent to quote)
questions-empty = No questions yet.

## Priorities
priority-add = Add priority
priority-title = Priority
priority-theme = Theme
priority-description = Details
priority-votes = Votes
priority-vote-up = Add a vote
priority-vote-down = Remove a vote
move-up = Move up
move-down = Move down
priorities-empty = No priorities yet.

## Risks
risk-add = Add risk
risk-description = Risk
risk-affected = Who is affected
risk-severity = Severity
severity-low = Low
severity-medium = Medium
severity-high = High
risk-mitigation = Mitigation agreed
risks-empty = No risks recorded.

## Agreed support
support-add = Add support
support-what = What
support-role = Our role
support-category = Kind of support
support-owner = Who owns it
support-due = Due
support-status = Status
support-requested = The movement asked for it
supports-empty = No support agreed yet.
role-convener = Convener
role-ally = Ally
role-resource_partner = Resource partner
role-amplifier = Amplifier
support-status-proposed = Proposed
support-status-agreed = Agreed
support-status-in_progress = In progress
support-status-done = Done
support-status-dropped = Dropped
value-institutional_capacity = Institutional capacity building
value-skills_training = Skills training
value-research_documentation = Research and documentation
value-policy_analysis = Policy analysis and access to information
value-key_concepts = Strengthening key concepts
value-cross_movement_spaces = Cross-movement spaces
value-facilitating_advocacy = Facilitating advocacy
value-mass_mobilisation = Mass mobilisation
value-profile_media = Profile raising and media
value-funding_cost_sharing = Funding support and cost sharing
value-legal_support = Legal support

## Movements
movements-title = Movements
movements-lead = The social movements and networks you work with.
movement-add = Add movement
movement-name = Name
movement-country = Country
movement-region = Region
movement-sector = Sector
movement-sector-hint = e.g. domestic workers, women's rights, land rights, youth
movement-description = Description
movements-empty = No movements yet.
movement-delete-confirm = Delete this movement? Sessions keep their notes.

## Guides
guides-title = Question guides
guides-lead = The questions a listening session follows. New sessions copy them; editing a guide never changes past sessions.
guide-add = New guide
guide-name = Guide name
guide-language = Language
guide-question-add = Add question
guide-delete-confirm = Delete this guide? Sessions keep the questions they asked.
guides-empty = No guides.

## Common
delete = Delete
cancel = Cancel
confirm = Confirm
loading = Loading…
choose = Choose…
none = None

## Errors (error-<code> for every core error code)
error-wrong-passphrase = That passphrase does not open this Fieldbook. Check the keyboard layout and Caps Lock, then try again.
error-weak-passphrase = That passphrase is too easy to guess (or shorter than { $min } characters). Use a phrase of four or more unrelated words, like “river lamp orange seventeen”: easy to remember, hard to guess. Avoid names, dates and the app's name.
error-no-store = There is no Fieldbook here yet. Create one first.
error-store-exists = A Fieldbook already exists in this folder. Unlock it instead.
error-not-a-store = This file is not a Fieldbook store, or it is damaged. Restore it from a backup or an exported bundle.
error-no-encryption = This build cannot encrypt data, so it refuses to store anything. Install an official build.
error-not-found = That record no longer exists. It may have been deleted.
error-unknown-field = Internal error: { $detail }
error-invalid-value = That value cannot be saved: { $detail }
error-invalid-document = The document cannot be read: { $detail }
error-disk-full = The disk is full, so nothing was saved. Free some space; your typing is kept on screen until it can be saved.
error-media-too-large = { $name } is { $mb } MB; an attachment may be at most { $limit } MB. Shrink it (a recording in M4A or Opus takes a tenth of a WAV), or raise the limit on the Security screen.
error-media-not-what-it-says = { $name } is named { $claimed } but it is a { $found } file, so nothing was attached. Check that you picked the right file.
error-media-unsupported = { $name } is not a photo, recording or PDF Fieldbook can keep. Use JPEG, PNG or WebP for photos (set the phone's camera to “Most compatible” for JPEG), MP3, M4A, Ogg, Opus, WAV, FLAC or WebM for recordings, or PDF.
error-media-damaged = { $reason ->
    [truncated] { $name } is cut short (it did not copy completely), so nothing was attached. Copy it again from the phone or camera.
    [too-many-pixels] { $name } has more pixels than any camera makes, so nothing was attached.
    [unreadable-audio] { $name } is not a recording Fieldbook can read, so nothing was attached. Copy it again from the recorder, or save it as MP3 or M4A.
    [changed] { $name } changed while it was being attached, so nothing was attached. Try again once it has finished copying.
   *[other] { $name } cannot be read (it is damaged), so nothing was attached. Copy it again from the phone or camera.
}
error-media-missing = The file { $name } has not reached this device yet. It comes with the next bundle from the device that has it (unless that bundle leaves media out).
error-io = A file could not be read or written: { $detail }
error-database = The database reported a problem: { $detail }
error-migration = The data could not be updated to this version of Fieldbook: { $detail }
error-store-too-new = This data was saved by a newer version of Fieldbook. Install that version or a newer one to open it; nothing was changed.
error-cancelled = Stopped. Nothing was changed: the store is exactly as it was before.
error-in-use = Another Fieldbook window is importing into this data. Wait until the import ends, then try again; nothing was changed.
error-internal = Something went wrong inside Fieldbook and the operation stopped; nothing was changed. Try again; if it happens again, note what you did and tell your support contact.
error-edits-waiting = What was typed during the last import is not in your data yet (the disk is full or busy), so this change waits. Free some disk space, then try again; nothing typed is lost.
error-locked = Fieldbook is locked. Unlock it to continue.
error-unexpected = Something went wrong: { $detail }

## Command line
cli-passphrase-prompt = Fieldbook passphrase:
cli-passphrase-new = New passphrase:
cli-passphrase-repeat = Repeat the passphrase:
cli-created = Created a new Fieldbook in { $path }
cli-demo-done = Added { $count } demo sessions.
cli-put-done = Saved session { $id }

## Sync
nav-sync = Sync
sync-title = Sync
sync-lead = Move data without internet: export an encrypted, signed bundle to a USB stick or a messaging app, and import bundles from other devices.
sync-identity = This device
sync-device = Device
sync-fingerprint = Fingerprint
sync-fingerprint-hint = Read this out to whoever will trust this device, for example on a phone call.
sync-recipient = Age recipient
sync-recipients = Recipients
sync-recipients-lead = Bundles are encrypted to these keys: the country office, a regional office, an organisation recovery key.
sync-recipient-add = Add recipient
sync-recipient-label = Who it is
sync-recipient-key = age1… key
sync-recipients-empty = No recipients yet. Ask the country office for its age1… key.
sync-export = Export bundle
sync-export-full = Complete bundle (everything, not only what changed)
sync-export-done = Bundle written: { $count } changes to { $path }
sync-import = Import bundles
sync-import-starting = Starting the import…
sync-import-reading = Reading and checking file { $done } of { $total }…
sync-import-merging = Merging { $done } of { $total } changes…
sync-import-cancel = Stop
job-dismiss = Dismiss
sync-export-starting = Starting the export…
sync-export-collecting = Reading the data: { $done } of { $total } kinds of records…
sync-export-media = Adding photos and recordings: { $done } of { $total } MB…
sync-export-cancel = Stop
sync-export-stopping = Stopping: no file will be left…
sync-tables-starting = Starting the tables…
sync-tables-collecting = Making the tables: { $done } of { $total }…
sync-tables-cancel = Stop
sync-tables-stopping = Stopping: no file will be written…
sync-import-stopping = Stopping: nothing will be changed…
sessions-showing = Showing { $shown } of { $count }
sync-import-done = { $file }: { $applied } of { $changes } changes applied, { $conflicts ->
    [one] one conflict
   *[other] { $conflicts } conflicts
}
sync-trust-title = Unknown device
sync-trust-lead = This bundle was signed by a device you do not trust yet. Compare the fingerprint with its owner (for example by phone) before trusting it.
sync-trust-button = Trust this device and import
sync-trusted = Trusted devices
sync-trusted-empty = No trusted devices yet.
sync-conflicts = Conflicts to review
sync-conflicts-empty = No conflicts: edits made on different devices merged cleanly.
sync-conflict-local = On this device
sync-conflict-incoming = From the bundle
sync-conflict-keep = Keep this
sync-conflict-applied = Currently applied
sync-history = Import history
sync-history-newest = The newest { $shown } of { $count } imports; `fieldbook-cli imports` lists them all.
sync-history-empty = Nothing imported yet.
sync-history-line = { $time } · { $file } · { $applied } of { $changes } applied · { $conflicts } conflicts · { $fingerprint }
sync-by = { $device } at { $time }
remove = Remove

## Sync errors
error-bundle = The bundle could not be made: { $detail }
error-bad-recipient = That is not an age recipient. It should start with age1; ask the office to send it again.
error-no-recipients = There is nobody to encrypt the bundle to. Add the country office's age1… recipient under Sync, or export with a passphrase.
error-not-a-bundle = This file is not a Fieldbook bundle. Check that you picked the bundle file you were sent.
error-bundle-wrong-key = This bundle was encrypted for another device, so it cannot be opened here. Ask the sender to export it again to this device's recipient.
error-bundle-wrong-passphrase = That passphrase does not open this bundle.
error-bundle-needs-passphrase = This bundle is protected by a passphrase. Import it again and enter the passphrase.
error-bundle-damaged = The bundle is damaged or was changed after it was made, so nothing was imported. Ask the sender for a new copy. ({ $detail })
error-bundle-bad-signature = The bundle's signature is not valid: it was changed or forged. Nothing was imported.
error-bundle-unknown-signer = The bundle comes from a device you do not trust yet (fingerprint { $fingerprint }). Compare the fingerprint with the sender, then trust it: in Sync, or with fieldbook-cli trust add { $fingerprint }.
error-bundle-future-version = This bundle was made by a newer Fieldbook (format { $found }; this one reads up to { $supported }). Update Fieldbook, then import it again.
error-bad-fingerprint = That is not a device fingerprint. It has 16 letters and digits, like ABCD-EFGH-IJKL-MNOP.
error-file = A file could not be read: { $detail }
error-in-file = { $file }: { $message }

## Command line (sync)
cli-bundle-passphrase = Bundle passphrase:
cli-identity-exported = Age identity written to { $path }. Keep it secret: it opens every bundle sent to this device.
cli-exported = Wrote { $count } changes to { $path } for { $recipients }
cli-imported = { $file }: applied { $applied } of { $changes } changes from { $fingerprint }; { $conflicts } conflicts

## Session summaries (print and PDF)
field-next-check-in = Next check-in
summary-open = Share back…
summary-title = Summary to share back
summary-back = Back to the session
summary-audience = Version
summary-audience-participants = For participants (share-back)
summary-audience-internal = Internal (office file)
summary-language = Language
summary-paper = Paper
summary-paper-a4 = A4
summary-paper-letter = Letter
summary-print = Print…
summary-save-pdf = Save as PDF…
summary-saved = PDF saved: { $file }
summary-pdf-file = summary
summary-preview-hint = This preview is what prints, page by page.
summary-banner-participants = Shared back with the people who took part. Nobody is named who asked not to be, or who could be put at risk.
summary-banner-internal = INTERNAL: names people at risk and records risks. Keep it in the office file; never share it.
summary-when = Date
summary-place = Place
summary-movements = Movements
summary-facilitators = Facilitated by
summary-languages = Languages
summary-next-check-in = Next check-in
summary-no-check-in = Not agreed yet
summary-participants = Who took part
summary-participants-count = { $count ->
    [one] One person took part.
   *[other] { $count } people took part.
}
summary-pseudonym = Pseudonym: { $name }
summary-without = Not given: { $what }
summary-at-risk = At risk
summary-someone = a participant
summary-heard = What we heard
summary-priorities = Priorities raised
summary-votes = { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
summary-support = Support agreed
summary-support-by = By: { $owner }
summary-support-due = Due: { $date }
summary-support-requested = Asked for by the movement
summary-risks = Risks voiced
summary-affected = Affects: { $who }
summary-mitigation = Mitigation: { $text }
summary-notes = Internal notes
summary-pictures = Photos
summary-pictures-left-out = Photos chosen but not printed: { $count }. They are too large to shrink safely here (a progressive JPEG or a WebP of more than 24 million pixels). Save them again as PNG or ordinary JPEG, or choose smaller ones.
summary-nothing = Nothing recorded.
summary-page = Page { $page } of { $pages }
summary-code = Verification code { $code }
cli-passphrase-changed = Passphrase changed. Use the new one from now on; the old one opens nothing.
cli-wipe-unexported = Warning: { $count } changes made on this device were never exported to a saved recipient. They will be lost.
cli-wipe-confirm = This destroys the Fieldbook in { $path } (records, history and this device's keys). Type WIPE to go on:
cli-wipe-cancelled = Nothing was wiped.
cli-wipe-needs-yes = Not in a terminal: add --yes to wipe without asking.
cli-no-passphrase = No passphrase: run this in a terminal, or set { $variable } (for automation only).
cli-summary-usage = Give a SESSION_ID with --pdf OUT.pdf, or --all --out-dir DIR.
cli-map-form = The --map option takes COLUMN=FIELD, not “{ $value }”.
cli-map-no-column = The sheet has no column “{ $column }”. Its columns are: { $columns }.
cli-map-no-field = A column can fill one of { $fields }, not “{ $field }”.
cli-profile-not-created = (not created yet)
cli-wiped = Wiped { $count } files in { $path }. Nothing of this Fieldbook is left on this device.
history-this-device = this device
cli-summary-done = Saved { $file } (verification code { $code })
error-font-missing = This summary has { $script } text, but the font { $font } is not installed. Install it (on Debian or Ubuntu: sudo apt install fonts-noto-core), then try again.
error-no-font-for = No installed font can show some characters of this summary: { $detail }. Install a Noto font for that script, then try again.
error-pdf = The PDF could not be made: { $detail }
error-recovery-params = Cannot split the recovery key into { $have } shares with { $need } needed. Ask for at least 2 shares to be needed, and no more than the number of shares.
error-recovery-share = This recovery share cannot be used: { $detail }.
error-recovery-not-enough = { $have } different recovery shares were given, but { $need } are needed. Ask another custodian for their share sheet.

## Security
nav-security = Security
security-title = Security
security-lead = Keep what people told you safe if this laptop is left open, lost or searched.
security-autolock = Lock automatically
security-autolock-lead = After this long without typing or using the mouse, Fieldbook saves what was typed, forgets the key and asks for the passphrase again.
security-minutes = minutes
security-autolock-saved = Fieldbook now locks after { $minutes } minutes without use.
security-autolock-invalid = Enter a number of minutes (1 or more).
security-passphrase = Change the passphrase
security-passphrase-current = Current passphrase
security-passphrase-button = Change passphrase
security-passphrase-changed = The passphrase was changed. Use the new one from now on.
security-wipe = Wipe this device
security-wipe-lead = Destroys Fieldbook on this computer: every record, its history and this device's keys. Use it before a laptop goes where it may be searched. It cannot be undone; only what was exported in bundles survives.
security-wipe-unexported = { $count } changes made here were never exported to a saved recipient. Export a bundle first, or they are lost.
security-wipe-button = Wipe Fieldbook from this computer

## Sensitivity tiers
tier-label = Sensitivity
tier-share_back = Share-back
tier-internal = Internal
tier-restricted = Restricted
tier-default = Default ({ $tier })
tier-hint = Share-back may go back to participants; internal stays with staff; restricted reaches only recipients cleared for it.
recipient-recovery = Recovery key
error-above-tier = This session is marked { $detail }, so only a version for that tier can be made. Choose that version, or change the session's sensitivity.
error-name-gate = Stopped before anything was written: the { $field } of { $entity } { $record } names someone at risk. Change that text, or mark the name so it is withheld, then try again.
error-withdrawal-not-applied = Nothing was imported: this bundle was made before its device applied a withdrawal of consent, and this device no longer keeps what it would need to remove that person's name from it. Send that device a bundle from here; once it has opened it, make a complete bundle there and import that.
summary-audience-restricted = Restricted (cleared staff only)
summary-banner-restricted = RESTRICTED: names people at risk and records risks. Only for staff cleared for restricted content; never copy or share it.
preview-title = What will leave this device
preview-heading = A bundle for { $recipients }, cleared up to { $tier }:
preview-leaves = Leaves this device (fields changed, by tier):
preview-stays = Stays on this device (above the clearance):
preview-nothing = nothing
preview-confirm = Export this bundle
preview-cancel = Cancel
preview-count = { $count } ×
media-leave-out = Leave photos and recordings out of this bundle (for a small USB stick): they go with the next one.
media-leaves = Photos, recordings and scans that leave: { $count } ({ $mb } MB)
media-withheld = Photos, recordings and scans kept back (above the clearance): { $count }
media-left-out = Photos, recordings and scans left out of this bundle (they go with the next one that carries media): { $count } ({ $mb } MB)
media-not-here = not on this device yet
media-saved = Saved { $path } ({ $size } bytes).
media-removed = Removed.
media-limit = Attachments may be at most { $mb } MB.
cli-export-withheld = { $count } field changes above { $tier } were kept back and are not in the bundle.
sync-clearance = Cleared for
sync-recovery = This is the organisation's recovery key (added to every bundle)
cli-recovery-created = Recovery key made: { $recipient }. Give each custodian one share sheet, then add the recipient on every device: fieldbook-cli recipients add { $recipient } --recovery --label "Recovery key"
cli-recovery-exists = { $path } already exists: choose another file with --out (a key is never overwritten).
cli-recovery-restored = Recovery key { $recipient } restored to { $path }. Import bundles with: fieldbook-cli import --identity { $path } FILE…  Keep the file offline and delete it when done.
recovery-sheet-title = FIELDBOOK · ORGANISATION RECOVERY KEY · CUSTODIAN SHARE
recovery-sheet-which = Share { $index } of { $total }. Any { $threshold } shares together restore the key; fewer reveal nothing.
recovery-sheet-keep = Keep this sheet on paper in a safe, private place (not as a photo on a phone). Hand it over only for a recovery the organisation has agreed.
recovery-sheet-restore = To restore: fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (or type the code as an argument).
cli-table-exported = Tables written to { $path }: { $rows } rows, up to { $tier }.
cli-table-withheld = Kept out as above { $tier }: { $rows } whole records and { $cells } fields (left empty).
history-title = History
history-open = History
history-lead = Every change to this session and its items: which device, which field, when, and the value before.
history-empty = No changes recorded yet.
history-deleted = deleted
history-conflict = conflict
tables-title = Tables for analysis
tables-lead = Every record as tables (one per kind, stable column names, ISO dates) for a spreadsheet or statistics tool. Choose how sensitive they may be: anything above is left out.
tables-format = Format
tables-export = Export tables…
tables-done = Tables written to { $path }: { $rows } rows up to { $tier }; { $withheld } records or fields above it left out.
tier-field-hint = { $tier }: this field is more sensitive than its item (someone at risk, or a name that may not be shared).
history-when = When
history-who = Device
history-what = Field
history-before = Before
history-after = After

## Engagement cycle: roles, check-ins, actor map, share-backs, search, dashboard
nav-search = Search
nav-dashboard = Dashboard
print = Print…
cycle-date = Date
cycle-notes = Notes
attention-title = Needs attention
attention-more = …and { $count } more
checkins-due-title = { $count ->
    [one] Check-in due (1 movement)
   *[other] Check-ins due ({ $count } movements)
}
checkin-due-line = Due since { $since } · last check-in: { $last }
checkin-never = never
overdue-title = { $count ->
    [one] Overdue support (1)
   *[other] Overdue support ({ $count })
}
overdue-line = Due { $due } ({ $days } days ago) · { $session }
movement-open = Open
movement-missing = This movement no longer exists (it may have been deleted on another device).
roles-title = Our role
roles-lead = What the organisation does for this movement, agreed with it: convener, ally, resource partner or amplifier. Record each change and why.
role-change-add = Record a role change
role-since = since { $date }
role-none = No role agreed yet.
role-paused = Paused: no role at the moment.
role-change-roles = Roles from this date
role-change-reason = Reason for the change
checkins-title = Check-ins
checkin-add = Add a check-in
checkin-due-now = A check-in on our role is due (since { $since }). Ask the movement how the role is working.
checkin-every = Re-assess the role with the movement at least every six months.
checkin-decision = Decision
decision-keep = Keep the role
decision-change = Change the role
decision-pause = Pause
checkin-feedback = The movement's feedback on our role
checkin-feedback-hint = In their words: what helps, what gets in the way.
checkins-empty = No check-ins yet.
actors-title = Actor map
actors-lead = The players around the movement: its organisations, unions, networks, collectives and informal groups, and the periphery (funders, officials, other NGOs).
actor-add = Add an actor
relation-add = Add a relation
actors-empty = No actors mapped yet. Add the movement's groups first, then who is around them.
actors-edit = Edit { $actors } actors and { $relations } relations
actors-list = Actors
actors-none = No actors yet.
actor-name = Name
actor-kind = Kind
actor-kind-organisation = Organisation
actor-kind-union = Union
actor-kind-network = Network
actor-kind-collective = Collective
actor-kind-informal_group = Informal group
actor-kind-funder = Funder
actor-kind-official = Official
actor-kind-ngo = Other NGO
actor-sessions = Took part in
actor-sessions-none = No sessions with this movement yet.
relations-list = Relations
relations-empty = No relations yet.
relation-from = From
relation-kind = Relation
relation-to = To
relation-member_of = member of
relation-allied_with = allied with
relation-tension_with = in tension with
relation-funds = funds
relation-convenes = convenes
map-aria = Actor map with { $actors } actors and { $relations } relations
map-legend-core = Part of the movement
map-legend-periphery = Periphery
map-legend-informal = Informal
overlaps-title = Avoid duplication
overlaps-lead = Other NGOs and networks that convene this movement's actors. Talk to them before convening the same people.
overlaps-convenes = convenes
overlaps-we-convene = We convene too
overlaps-none = No other organisation is recorded as convening these actors.
share-backs-title = Shared back
share-backs-lead = When results went back to the movement, with whom and in what form.
share-back-add = Log a share-back
share-back-form = Form
share-form-printed_summary = Printed summary
share-form-meeting = Meeting
share-form-message = Message
share-form-radio = Radio
share-form-other = Other
share-back-audience = With whom
share-back-audience-hint = For example: the members' assembly, the coordinating committee.
share-back-session = Session
share-backs-empty = Nothing shared back yet.
search-title = Search
search-lead = Find what was said in every session: notes, answers, quotes, priorities, risks and support.
search-placeholder = Words to find
search-country = Country
search-role = Our role
search-from = From
search-to = To
search-hint = Type a word or two. Each word also finds longer words that start with it.
search-none = Nothing found.
search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-kind-session = Session notes
search-kind-question = Answer
search-kind-quote = Quote
search-kind-priority = Priority
search-kind-risk = Risk
search-kind-support = Support
dashboard-title = Dashboard
dashboard-lead = Across all movements: what they prioritise, the support agreed and how it stands.
dashboard-overdue = overdue support
dashboard-checkins-due = check-ins due
dashboard-sessions = sessions
dashboard-themes = Priorities by theme (votes)
dashboard-support = Agreed support by role and status
dashboard-months = Sessions per month
dashboard-no-theme = (no theme)
dashboard-empty = Nothing recorded yet.
checkins-none-due = No check-ins are due.
cli-checkin-due = due since { $since } ({ $days } days) · last check-in: { $last }

## Device authority: who may change what (sync)
error-bundle-wrong-device = This bundle is signed by device { $fingerprint } but claims to come from another device ({ $claimed }), so nothing was imported: a device never speaks for another. If that device was reinstalled, remove it from the trusted devices and trust it again.
error-clock-set-back = This device's clock reads { $now }, but it already read { $seen }: its date was set back. Set the date and time, then import again. Nothing was imported. If today's date is right and the clock was ahead before, confirm it (The date is right, or fieldbook-cli import --clock-is-right), and tell the office: this device's earlier changes are dated in the future.
role-field = Field device
role-office = Office
role-field-can = Sends only its own changes. A change that lowers a tier (at risk, consent, sensitivity), or overwrites something above its clearance that it did not write, waits for review.
role-office-can = May pass on other devices' changes, which keep their author, and decide on tiers.
sync-trust-label = Who it is (for example "Aminata's laptop")
sync-trust-role = It is
sync-trust-clearance = It may change up to
sync-trust-label-needed = Give the device a label first, so that the history and the review queue can name it.
sync-trusted-line = { $role }, may change up to { $clearance }
sync-import-held = { $count ->
    [one] One change waits for review under Conflicts to review.
   *[other] { $count } changes wait for review under Conflicts to review.
}
sync-import-refused = { $count ->
    [one] One change was refused: { $reason }
   *[other] { $count } changes were refused: { $reason }
}
sync-import-clock = The sender's clock is { $days } days ahead: ask them to check their date and time.
refusal-not-own-change = a field device may send only its own changes (the author's own bundle will bring the others). If the sender is an office, trust it as an office.
refusal-forged-as-receiver = they were stamped as this device's own, which it never made.
review-lowers-tier = Waits for review: it would lower a tier (someone at risk, a consent, a sensitivity choice), which a field device cannot do alone.
review-above-clearance = Waits for review: it overwrites something above the sender's clearance that the sender did not write.
review-clock-ahead = Waits for review: it is dated far in the future, so the sender's clock is probably wrong. Accepting it saves the value with this device's date.
sync-review-from = Sent by { $sender }
sync-review-accept = Accept the change
sync-review-reject = Keep the current value
sync-review-none = not here before
cli-trusted-as = Trusted device { $fingerprint } as { $role }, may change up to { $clearance }
cli-import-held = { $file }: { $count } changes wait for review (fieldbook-cli conflicts list)
cli-import-refused = { $file }: { $count } changes refused: { $reason }
cli-import-clock = { $file }: the sender's clock is { $days } days ahead; ask them to check their date and time.
history-relayed = via { $device }
history-review = held for review
sync-clock-is-right = The date is right: import
error-bundle-too-large = This file is { $mb } MB, larger than any Fieldbook bundle ({ $limit } MB at most), so it was not read. Check that you chose the right file.
error-path-not-chosen = Fieldbook reads and writes only files you choose in its file dialogs, and this one was not chosen there ({ $detail }). Choose the file again.

## Publishing to the organisation's database (docs/federation.md)
error-publish-unreachable = Fieldbook cannot reach the organisation's database at { $server }. Check the address and port, that this computer is online and that the server is running; nothing was published. ({ $detail })
error-publish-auth = The database at { $server } did not accept the password of user { $user }. Check the password with whoever runs the database; nothing was published.
error-publish-tls = Fieldbook could not make a secure connection to the database at { $server }, so nothing was sent. Check that the server has TLS turned on and that sslrootcert names the organisation's certificate file. ({ $detail })
error-publish-schema-newer = The organisation's database was set up by a newer Fieldbook (tables version { $found }; this one writes up to { $supported }). Update Fieldbook on this computer, then publish again; nothing was published.
error-publish-restricted = Restricted data is never published. Choose share-back or internal.
error-publish-settings = These database settings cannot be used: { $detail }
error-publish-refused = The database refused the publish, so nothing changed there: { $detail }. Ask whoever runs the database (permissions, disk space), then publish again.
cli-publish-no-database = No database to publish to: give one with --postgres URL (add --save to remember it).
cli-publish-password-in-url = Leave the password out of the connection string (the command line shows in other programs and in the shell's history): set PGPASSWORD, or type it when asked.
cli-publish-password = Password of { $user } at { $server }:
cli-published = Published to { $server } (schema { $schema }): { $written } rows written, { $removed } removed; this office has { $total } rows there.
cli-publish-unchanged = Nothing changed since the last publish to { $server } (schema { $schema }); this office has { $total } rows there.
publish-title = Organisation's database
publish-lead = Publish this office's merged records to the organisation's PostgreSQL database, where dashboards see every country together. Only share-back or internal data is published; restricted data never leaves this device.
publish-url = Connection string
publish-url-hint = Ask whoever runs the database for it, without the password: Fieldbook asks for the password each time and never keeps it. Use sslmode=verify-full with sslrootcert set to the organisation's certificate file.
publish-schema = Schema
publish-clearance = Publish up to
publish-office-label = This office's name
publish-save = Save settings
publish-saved = Saved. Type the database password and publish when you are ready.
publish-edit = Change settings
publish-forget = Forget this database
publish-password = Database password
publish-run = Publish
publish-target = schema { $schema } · up to { $tier }
publish-done = Published: { $written } rows written, { $removed } removed; this office has { $total } rows in the organisation's database.
publish-unchanged = Nothing changed since the last publish; this office has { $total } rows in the organisation's database.
sync-publish-starting = Connecting to the organisation's database…
sync-publish-collecting = Reading the data: { $done } of { $total } kinds of records…
sync-publish-publishing = Writing to the database: { $done } of { $total } kinds of records…
sync-publish-cancel = Stop
sync-publish-stopping = Stopping: the database keeps its previous state…
history-order = Order
history-yes = Yes
history-no = No
date-day = Day
date-month = Month
date-year = Year
date-hour = Hour
date-minute = Minute
date-clear = Clear the date
date-incomplete = Not saved until every part is filled in.
date-invalid = There is no such date (check the day, and a year of four digits). Not saved.
date-unreadable = The stored date “{ $value }” cannot be shown here; it is kept until you enter a whole date.
date-filter-ignored = Not used to filter until it is a whole date.

## First run, the sample notebook, About, bundles opened from the file manager
welcome-title = Welcome to Fieldbook
welcome-lead = Fieldbook keeps the notes of listening sessions on this computer, encrypted, and shares them only in encrypted bundles that you choose to send.
welcome-protects = Your passphrase encrypts everything you record here. Without it, nobody can read the notes on this computer, even if the laptop is lost or taken.
welcome-no-recovery = Nobody can recover a forgotten passphrase: not Fieldbook, not your office. Only a recovery kit set up beforehand with trusted colleagues (on the Security screen) can open the notes again.
welcome-sample = Explore with sample data
welcome-sample-hint = A separate sample notebook with made-up sessions, to try every screen. Nothing you do there touches your own notes.
sample-banner = Sample notebook: everything here is made up. Nothing can be imported into it, exported or published from it.
sample-leave = Back to my notebook
sample-delete = Delete the sample
sample-deleted = The sample notebook was deleted.
error-sample-stays-here = This is the sample notebook: its data is made up and its passphrase is public, so nothing is imported into it or sent from it. Go back to your own notebook to import, export or publish.
about-title = About Fieldbook
about-version = Fieldbook { $version }
about-licence = Free software under the GNU AGPL, version 3 or later. The Noto fonts inside it are under the SIL Open Font License 1.1.
about-data-folder = Your notebook is in { $path }
opened-title = Opened from your files
opened-lead = { $count ->
    [one] Fieldbook was asked to open this bundle. Check it, then import it or set it aside.
   *[other] Fieldbook was asked to open these { $count } bundles. Check them, then import them or set them aside.
}
opened-import = Import
opened-dismiss = Set aside
opened-locked = Unlock your notebook to import the bundle you opened.

## Consent that travels, sign-in sheets, profiles
error-consent-withdrawn = This participant withdrew consent: their { $what ->
    [quote] quotes
   *[name] name and what identifies them
  } cannot be recorded again.
error-withdrawal-fixed = A withdrawal of consent stays as it was recorded: it cannot be changed or removed. Record a new one to cover more.
error-sheet = Cannot read the sheet { $file }: { $reason }. Save it as CSV (UTF-8) or XLSX and choose it again.
error-sheet-rows = Rows { $rows } of the sheet have problems, so nothing was imported. Correct them in the sheet, or leave out the column, and import again.
error-no-profile = There is no profile named { $name } here. Choose one from the list, or add it.
error-profile-exists = A profile named { $name } already exists. Choose another label.
error-profile-name = A profile's label must be 1 to { $max } characters. It does not need to identify you: a colour or a word you will recognise is enough.
refusal-withdrawal-fixed = they would change a withdrawal of consent, which stays as it was recorded.
refusal-withdrawal-not-participant = they withdraw consent for a record that is not a participant; only a participant can withdraw, so nothing was erased.
scope-named = to be named
scope-quoted = to be quoted
scope-all = to be recorded at all
withdrawal-recorded = Withdrawal recorded ({ $scope }): what it covers is erased on this device, and on every device that receives it. Id: { $id }
withdrawal-applied = applied { $at }
withdrawal-waiting = not yet applied
withdrawal-names-kept = This device keeps a keyed trace of the name, to remove it from bundles made before the withdrawal, until every device it trusts has sent all it had before applying it.
withdrawal-names-forgotten = Nothing of the name is kept on this device since { $at }.
sheet-row = Row
sheet-error-no-name = no name or pseudonym
sheet-error-not-yes-no = “{ $value }” is not yes or no
sheet-error-not-org-kind = “{ $value }” is not formal or informal
sheet-error-too-long = the cell is too long
sheet-error-control-character = the cell holds control or invisible characters (was the file saved in another encoding?)
sheet-dry-run = { $count ->
    [one] 1 participant would be added
   *[other] { $count } participants would be added
  }; problems: { $errors }. Nothing was changed.
sheet-imported = { $count ->
    [one] 1 participant added.
   *[other] { $count } participants added.
  }
profile-added = Profile { $name } added, with its own store and passphrase.
history-erased = (values erased: the participant withdrew consent)
a-participant-withdrawn = A participant (consent withdrawn)
history-erased-value = erased
history-erased-badge = consent withdrawn
withdrawn-what = Consent withdrawn: { $scope }. What it covered is erased here and on every device that receives it.
withdraw-open = Withdraw consent
withdraw-title = Withdraw consent
withdraw-lead = What does this person take back? What it covers is erased on this laptop now, and on every device your bundles reach, including what was copied before. It cannot be undone. They still count as a participant.
withdraw-named-hint = Their name, organisation and role, and their name wherever it was typed in this session's notes.
withdraw-quoted-hint = Everything they were quoted saying.
withdraw-all-hint = Both, and their pseudonym and any photo or scan about them. They remain only as “a participant (consent withdrawn)”.
withdraw-by = Recorded by (a name or initials; may be left empty)
withdraw-note = Note (how they asked; never their name)
withdraw-confirm = Erase now
sheet-import = Import a sign-in sheet
sheet-title = Participants from a sign-in sheet
sheet-lead = Choose what each column holds. Consent counts only where a column says yes; a blank cell is no. Nothing is added until every row is right.
sheet-ignore = (leave out)
sheet-add = { $count ->
    [one] Add 1 participant
   *[other] Add { $count } participants
  }
sheet-more = { $count ->
    [one] …and 1 more row.
   *[other] …and { $count } more rows.
  }
withdrawals-title = Withdrawals of consent
withdrawals-lead = Each withdrawal erases what it covers on every device that receives it. A device that has not applied one yet has not received it: send it a bundle.
withdrawals-line = { $date }: consent withdrawn { $scope }
profile-label = Profile
profile-first = First profile
profile-not-created = not set up yet
profile-new = Another facilitator uses this laptop? Add a profile
profile-new-label = Profile label
profile-new-hint = A word or colour you will recognise. Nothing that identifies you is needed. Each profile has its own notes and passphrase.
profile-add = Add profile
profile-drop = Remove the empty profile { $name }
error-profile-while-open = Lock Fieldbook first, then choose or add a profile.
