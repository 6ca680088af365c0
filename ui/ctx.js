// What every screen reads of the app's state: the store's status (unlocked, sample, version),
// the schema's words and the time zones. main.js fills it; screens import it from here, so no
// screen imports main.js, which loads them (docs/architecture.md, "No import cycles").
export const ctx = { status: null, vocab: null, timeZones: [] };
