// Paints, then makes its one IPC call after two animation frames, as Fieldbook reports the
// first screen painted (ui/dom.js `painted`).
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke('ready', {
  timeOrigin: performance.timeOrigin, painted: performance.now(),
})));
