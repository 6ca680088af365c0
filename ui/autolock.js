// Locks Fieldbook after a stretch without keyboard, mouse or touch input, so a laptop left open
// in a workshop does not stay readable. The limit is a per-device setting (default 10 minutes).
const KEY = 'fieldbook.autoLockSeconds';
export const DEFAULT_SECONDS = 600;

let last = Date.now();
let timer = null;

export function seconds() {
  const v = Number(localStorage.getItem(KEY));
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_SECONDS;
}

export function setSeconds(v) {
  localStorage.setItem(KEY, String(Math.max(1, Math.round(v))));
  last = Date.now();
}

const touch = () => { last = Date.now(); };
for (const ev of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'input']) {
  document.addEventListener(ev, touch, { capture: true, passive: true });
}

// Starts watching; `lock` saves what was typed, drops the key and shows the unlock screen.
export function start(lock) {
  stop();
  last = Date.now();
  timer = setInterval(() => {
    if (Date.now() - last >= seconds() * 1000) { stop(); lock(); }
  }, 1000);
}

export function stop() {
  if (timer) clearInterval(timer);
  timer = null;
}
