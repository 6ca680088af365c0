// First screen: on first run a welcome that says what the passphrase protects and that nobody
// can recover it, then create one; unlock later. The sample notebook is one click from both.
// On a shared laptop each facilitator picks their own profile here (its own store and
// passphrase). Errors say what to do.
import { api } from '../api.js';
import { h } from '../dom.js';
import { formatPath } from '../format.js';
import { t, errorText } from '../i18n.js';

export function renderUnlock(status, languagePicker, onOpen, openedBundles = 0, onProfile = async () => {}) {
  const creating = !status.exists;
  const message = h('p', { class: 'error', id: 'unlock-error', role: 'alert', hidden: true });
  const pass = h('input', { type: 'password', id: 'passphrase', autocomplete: creating ? 'new-password' : 'current-password', required: true });
  const confirm = creating ? h('input', { type: 'password', id: 'passphrase-confirm', autocomplete: 'new-password', required: true }) : null;
  const button = h('button', { type: 'submit', class: 'primary', id: 'unlock-button' }, t(creating ? 'create-button' : 'unlock-button'));

  const fail = (text) => { message.textContent = text; message.hidden = false; button.disabled = false; button.textContent = t(creating ? 'create-button' : 'unlock-button'); pass.select(); };
  const form = h('form', {
    class: 'unlock-card', autocomplete: 'off',
    onsubmit: async (ev) => {
      ev.preventDefault();
      message.hidden = true;
      if (creating && pass.value !== confirm.value) return fail(t('create-mismatch'));
      button.disabled = true;
      button.textContent = t('unlock-working');
      try {
        if (creating) await api.createStore(pass.value); else await api.unlock(pass.value);
        pass.value = '';
        if (confirm) confirm.value = '';
        await onOpen();
      } catch (err) {
        fail(errorText(err));
      }
    },
  },
  h('div', { class: 'brand big' }, h('img', { src: 'icon.svg', alt: '', width: 48, height: 48 }), h('span', {}, t('app-name'))),
  profilePicker(status, onProfile, fail),
  creating ? welcome() : [h('h1', {}, t('unlock-title')), h('p', { class: 'lead' }, t('unlock-lead'))],
  openedBundles ? h('p', { class: 'notice', id: 'opened-locked' }, t('opened-locked')) : null,
  h('label', { for: 'passphrase' }, t(creating ? 'create-passphrase' : 'unlock-passphrase')), pass,
  creating ? [h('label', { for: 'passphrase-confirm' }, t('create-confirm')), confirm,
    h('small', { class: 'hint' }, t('create-hint', { min: status.min_passphrase }))] : null,
  message, button,
  creating || status.sample_exists ? sampleOffer(fail, onOpen) : null,
  newProfile(status, onProfile, fail),
  h('div', { class: 'unlock-foot' }, languagePicker, h('small', { class: 'muted' }, t('data-folder', { path: formatPath(status.data_dir) }))));
  requestAnimationFrame(() => pass.focus());
  return h('div', { class: 'unlock' }, form);
}

function welcome() {
  return [
    h('h1', {}, t('welcome-title')),
    h('p', { class: 'lead' }, t('welcome-lead')),
    h('ul', { class: 'welcome-points', id: 'welcome' },
      h('li', {}, t('welcome-protects')),
      h('li', {}, h('strong', {}, t('welcome-no-recovery')))),
    h('h2', {}, t('create-title')),
  ];
}

// The sample notebook: made-up sessions in their own store, to try every screen first.
function sampleOffer(fail, onOpen) {
  const open = h('button', { type: 'button', class: 'secondary', id: 'explore-sample', onclick: async () => {
    open.disabled = true;
    try { await api.openSample(); await onOpen(); } catch (err) { open.disabled = false; fail(errorText(err)); }
  } }, t('welcome-sample'));
  return h('div', { class: 'sample-offer' }, open, h('small', { class: 'hint' }, t('welcome-sample-hint')));
}

const profileLabel = (p) => (p.first && p.name === 'default' ? t('profile-first') : p.name);

// Which profile opens: shown once the laptop has more than one.
function profilePicker(status, onProfile, fail) {
  const profiles = status.profiles || [];
  if (profiles.length < 2) return null;
  const current = status.profile || '';
  const select = h('select', { id: 'profile', onchange: async () => {
    try { await api.chooseProfile(select.value || null); await onProfile(); } catch (err) { fail(errorText(err)); }
  } }, profiles.map((p) => h('option', { value: p.first ? '' : p.name, selected: (p.first ? '' : p.name) === current },
    profileLabel(p) + (p.created ? '' : ` (${t('profile-not-created')})`))));
  return h('div', { class: 'profile-pick' }, h('label', { for: 'profile' }, t('profile-label')), select);
}

// Another facilitator's own profile on this laptop: a label they choose, then their passphrase.
function newProfile(status, onProfile, fail) {
  const name = h('input', { type: 'text', id: 'profile-name', autocomplete: 'off', maxlength: 40 });
  const box = h('div', { class: 'profile-new', hidden: true },
    h('label', { for: 'profile-name' }, t('profile-new-label')), name,
    h('small', { class: 'hint' }, t('profile-new-hint')),
    h('button', { type: 'button', class: 'secondary', id: 'profile-add', onclick: async () => {
      try { await api.addProfile(name.value); await onProfile(); } catch (err) { fail(errorText(err)); }
    } }, t('profile-add')));
  const open = h('button', { type: 'button', class: 'link', id: 'profile-new', onclick: () => {
    box.hidden = false; open.hidden = true; name.focus();
  } }, t('profile-new'));
  // A profile made a moment ago and never created can be taken back.
  const chosen = (status.profiles || []).find((p) => !p.first && p.name === status.profile);
  const drop = chosen && !chosen.created ? h('button', { type: 'button', class: 'link', id: 'profile-drop', onclick: async () => {
    try { await api.wipeStore(); await onProfile(); } catch (err) { fail(errorText(err)); }
  } }, t('profile-drop', { name: chosen.name })) : null;
  return h('div', { class: 'profile-offer' }, open, box, drop);
}
