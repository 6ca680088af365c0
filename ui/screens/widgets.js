// Small shared widgets: a two-step delete button (no modal dialogs during live note-taking)
// and an add button.
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function confirmButton(label, action, cls = 'ghost', id = null) {
  let armed = false;
  let timer;
  const btn = h('button', { type: 'button', class: `${cls} confirm-btn`, id }, label);
  btn.addEventListener('click', async () => {
    if (!armed) {
      armed = true;
      btn.classList.add('armed');
      btn.textContent = `${t('confirm')}: ${label}`;
      timer = setTimeout(() => { armed = false; btn.classList.remove('armed'); btn.textContent = label; }, 4000);
      return;
    }
    clearTimeout(timer);
    btn.disabled = true;
    await action();
  });
  return btn;
}

export function addButton(label, action, id) {
  return h('button', { type: 'button', class: 'add secondary', id, title: `${label} (Ctrl+Enter)`, onclick: action }, `+ ${label}`);
}

export function iconButton(symbol, label, action, cls = '') {
  return h('button', { type: 'button', class: `icon ${cls}`, title: label, 'aria-label': label, onclick: action }, symbol);
}
