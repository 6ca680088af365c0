// Bundles the operating system asked Fieldbook to open (a double-click on a .fieldbook file, or
// a second start): kept until the person imports them or sets them aside on the Sync screen.
import { api } from './api.js';

let paths = [];

const add = (more) => { for (const p of more) if (!paths.includes(p)) paths.push(p); };

// The bundles waiting to be imported.
export const pending = () => [...paths];

// Set aside: they are no longer offered.
export function dismiss() { paths = []; }

// Imported: those are no longer offered (others that arrived meanwhile still are).
export function forget(done) { paths = paths.filter((p) => !done.includes(p)); }

// Listens from start-up; `arrived` runs when bundles come later, from a second start.
export async function watch(arrived) {
  add(await api.watchOpened((more) => { add(more); arrived(); }));
}
