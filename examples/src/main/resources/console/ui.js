// Small DOM helpers: elements from data (never from HTML strings, so no markup injection),
// dialogs on the native <dialog> (focus trap and Escape for free), toasts, dates.

/** h('button.btn.btn-primary', {onclick}, 'Text', child...) */
export function h(spec, attributes = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const element = document.createElement(tag || 'div');
  if (classes.length) {
    element.className = classes.join(' ');
  }
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Clears toasts about an earlier page, keeping those just raised by the step that led here. */
export function clearOldToasts() {
  for (const item of document.querySelectorAll('.toast')) {
    if (Date.now() - Number(item.dataset.shown) > 1000) {
      item.remove();
    }
  }
}

export function badge(text, tone) {
  return h(`span.badge.badge-${tone}`, {}, text);
}

export function sourceBadge(source) {
  return source === 'MANUAL'
    ? badge('Manually created', 'violet')
    : badge('External Import', 'blue');
}

export function statusBadge(active) {
  return active ? h('span.badge.badge-green.dot', {}, 'Enabled') : h('span.badge.badge-gray.dot', {}, 'Disabled');
}

export function formatTime(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} `
    + `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function toast(message, tone = 'info') {
  const item = h(`div.toast${tone === 'error' ? '.toast-error' : ''}`, { dataset: { shown: Date.now() } }, message);
  document.getElementById('toasts').append(item);
  setTimeout(() => item.remove(), 3500);
}

/**
 * A modal dialog. body: nodes; buttons: [{label, tone, action}] where action returns false
 * to keep the dialog open. Resolves when it closes. Focus returns to the opener.
 */
export function openDialog({ title, body, buttons, id }) {
  const opener = document.activeElement;
  const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
  const dialog = h('dialog', { 'aria-labelledby': titleId, id });
  const close = () => dialog.close();
  const foot = h('div.dialog-foot');
  for (const button of buttons) {
    foot.append(h(`button.btn${button.tone ? '.btn-' + button.tone : ''}`, {
      type: 'button',
      'data-action': button.name,
      onclick: async (event) => {
        event.currentTarget.disabled = true;
        try {
          const keep = button.action ? await button.action(dialog) : undefined;
          if (keep !== false) {
            close();
          }
        } finally {
          event.currentTarget.disabled = false;
        }
      },
    }, button.label));
  }
  dialog.append(
    h('div.dialog-head', {},
      h('h2', { id: titleId }, title),
      h('button.close-x', { type: 'button', 'aria-label': 'Close', onclick: close }, '×')),
    h('div.dialog-body', {}, body),
    foot);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected) {
        opener.focus();
      }
      resolve();
    });
    dialog.showModal();
  });
}

/** Asks to confirm; resolves true when confirmed. */
export function confirmDialog({ title, message, confirmLabel, tone = 'primary' }) {
  let confirmed = false;
  return openDialog({
    title,
    id: 'confirm-dialog',
    body: h('p', {}, message),
    buttons: [
      { name: 'cancel', label: 'Cancel' },
      { name: 'confirm', label: confirmLabel, tone, action: () => { confirmed = true; } },
    ],
  }).then(() => confirmed);
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without the clipboard API (plain HTTP, not localhost), fall back to a selection copy.
    const area = h('textarea', { 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  toast('Copied to the clipboard');
}

export function field({ id, label, type = 'text', value = '', required, hint, autocomplete, disabled }) {
  const input = h('input', {
    id, name: id, type, required, autocomplete: autocomplete || 'off', disabled,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  });
  input.value = value || '';
  return h('div.field', {}, h('label', { for: id }, label), input,
    hint ? h('p.hint', { id: `${id}-hint` }, hint) : null);
}

export function pageHead({ crumbs, title, subtitle, actions }) {
  return [
    crumbs ? h('nav.breadcrumb', { 'aria-label': 'Breadcrumb' },
      crumbs.map((crumb, i) => [i ? ' / ' : '', crumb.href ? h('a', { href: crumb.href }, crumb.label) : crumb.label])) : null,
    h('div.page-head', {},
      h('div', {}, h('h1', {}, title), subtitle ? h('p.page-sub', {}, subtitle) : null),
      actions ? h('div.actions', {}, actions) : null),
  ];
}

export function table({ label, columns, rows, empty }) {
  return h('div.table-wrap', {},
    h('table', { 'aria-label': label },
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.className }, column.label)))),
      h('tbody', {}, rows.length
        ? rows.map((row) => h('tr', {}, columns.map((column) => h('td', { class: column.className }, column.cell(row)))))
        : h('tr', {}, h('td.empty', { colspan: columns.length }, empty)))));
}
