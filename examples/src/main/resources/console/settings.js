// User Management > Settings: the SCIM sync switch, the SCIM server address and the SCIM keys.
import { call, ApiError } from './api.js';
import { h, badge, formatTime, openDialog, confirmDialog, copyText, toast, pageHead, table } from './ui.js';

const scimBaseUrl = () => `${location.origin}/scim/v2`;

export async function settingsPage() {
  const [sync, keys] = await Promise.all([call('GET', 'sync'), call('GET', 'keys')]);
  const container = h('div');
  const render = (state, keyList) => {
    container.replaceChildren(
      ...pageHead({
        crumbs: [{ label: 'User Management' }, { label: 'Settings' }],
        title: 'Settings',
        subtitle: 'Connect an identity provider such as Okta or Microsoft Entra ID to provision users and user groups automatically.',
      }),
      syncCard(state, refresh),
      keysCard(state, keyList, refresh));
  };
  const refresh = async () => {
    const [state, keyList] = await Promise.all([call('GET', 'sync'), call('GET', 'keys')]);
    render(state, keyList.keys);
  };
  render(sync, keys.keys);
  return container;
}

function syncCard(state, refresh) {
  const toggle = h('button.switch', {
    type: 'button', role: 'switch', id: 'sync-switch',
    'aria-checked': String(state.enabled), 'aria-labelledby': 'sync-label',
    onclick: async () => {
      const enable = !state.enabled;
      const confirmed = await confirmDialog({
        title: enable ? 'Enable SCIM synchronization?' : 'Disable SCIM synchronization?',
        message: enable
          ? 'Your identity provider will be able to create, update and delete users and user groups with a SCIM key. Resources it provisions become read-only in this console.'
          : 'Every SCIM request will be refused (403) until synchronization is enabled again. Nothing is deleted, and users and groups provisioned over SCIM become editable here.',
        confirmLabel: enable ? 'Enable' : 'Disable',
        tone: enable ? 'primary' : 'danger-solid',
      });
      if (!confirmed) {
        return;
      }
      await call('PUT', 'sync', { enabled: enable });
      toast(enable ? 'SCIM synchronization enabled' : 'SCIM synchronization disabled');
      await refresh();
    },
  });
  const address = scimBaseUrl();
  return h('section.card', { 'aria-labelledby': 'sync-title' },
    h('div.card-head', {}, h('h2', { id: 'sync-title' }, 'SCIM User Synchronization Configuration')),
    h('dl.kv', {},
      h('dt', { id: 'sync-label' }, 'SCIM synchronization'),
      h('dd', {}, toggle, h('span', { id: 'sync-state' }, state.enabled ? 'Enabled' : 'Disabled')),
      h('dt', {}, 'SCIM server address'),
      h('dd', {}, h('code.address', { id: 'scim-address' }, address),
        h('button.btn', { type: 'button', id: 'copy-address', onclick: () => copyText(address) }, 'Copy')),
      h('dt', {}, 'Authentication'),
      h('dd', {}, 'HTTP Header: Authorization: Bearer <SCIM key>')));
}

function keysCard(state, keys, refresh) {
  const active = keys.filter((key) => key.status === 'ACTIVE').length;
  const message = h('p.error-text', { id: 'key-error', role: 'alert' });
  const generate = h('button.btn.btn-primary', {
    type: 'button', id: 'generate-key',
    onclick: async () => {
      message.textContent = '';
      try {
        const created = await call('POST', 'keys');
        await showCreatedKey(created);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          message.textContent = `A new SCIM key cannot be generated: ${error.message}. Disable or delete a key first.`;
          return;
        }
        throw error;
      }
      await refresh();
    },
  }, 'Generate New SCIM Key');
  const columns = [
    { label: 'Key ID', cell: (key) => h('code', {}, key.id) },
    { label: 'Created', cell: (key) => formatTime(key.created), className: 'nowrap' },
    { label: 'Last used', cell: (key) => formatTime(key.lastUsed), className: 'nowrap' },
    { label: 'Status', cell: (key) => (key.status === 'ACTIVE' ? h('span.badge.badge-green.dot', {}, 'Enabled') : h('span.badge.badge-gray.dot', {}, 'Disabled')) },
    { label: 'Provisioning domain', cell: (key) => key.provisioningDomain || h('span.muted', {}, '—') },
    {
      label: 'Actions',
      cell: (key) => h('div.actions', {},
        key.status === 'ACTIVE' ? h('button.btn-link', {
          type: 'button', 'data-action': 'disable', 'aria-label': `Disable key ${key.id}`,
          onclick: async () => {
            if (await confirmDialog({
              title: 'Disable SCIM key?',
              message: `Requests with key ${key.id} will be refused (401) from the next request. This cannot be undone.`,
              confirmLabel: 'Disable', tone: 'danger-solid',
            })) {
              await call('POST', `keys/${encodeURIComponent(key.id)}/disable`);
              toast(`Key ${key.id} disabled`);
              await refresh();
            }
          },
        }, 'Disable') : null,
        h('button.btn-link.btn-danger', {
          type: 'button', 'data-action': 'delete', 'aria-label': `Delete key ${key.id}`,
          onclick: async () => {
            if (await confirmDialog({
              title: 'Delete SCIM key?',
              message: `Key ${key.id} will be deleted and refused from the next request.`,
              confirmLabel: 'Delete', tone: 'danger-solid',
            })) {
              await call('DELETE', `keys/${encodeURIComponent(key.id)}`);
              toast(`Key ${key.id} deleted`);
              await refresh();
            }
          },
        }, 'Delete')),
    },
  ];
  return h('section.card', { 'aria-labelledby': 'keys-title' },
    h('div.card-head', {},
      h('div', {}, h('h2', { id: 'keys-title' }, 'SCIM Keys'),
        h('p.muted', {}, `${active} of 2 keys active. Two active keys are enough to rotate: create a new key, move the identity provider to it, then disable the old one.`)),
      generate),
    state.enabled ? null : h('div.notice.notice-warn', {}, 'SCIM synchronization is disabled: identity providers are refused until it is enabled.'),
    message,
    table({ label: 'SCIM keys', columns, rows: keys, empty: 'No SCIM keys yet.' }));
}

function csvFor(created) {
  const base = created.scimBaseUrl || scimBaseUrl();
  return `key id,created,token,base URL\n${created.id},${created.created},${created.token},${base}\n`;
}

function showCreatedKey(created) {
  const download = () => {
    const blob = new Blob([csvFor(created)], { type: 'text/csv' });
    const link = h('a', { href: URL.createObjectURL(blob), download: `scim-key-${created.id}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return openDialog({
    title: 'Create CredentialSecret',
    id: 'key-dialog',
    body: [
      h('div.notice.notice-warn', {}, 'This SCIM key is shown only once. Copy it or download it now and keep it safe; it cannot be shown again.'),
      h('dl.kv', {},
        h('dt', {}, 'Key ID'), h('dd', {}, h('code', { id: 'new-key-id' }, created.id)),
        h('dt', {}, 'SCIM server address'), h('dd', {}, h('code', {}, created.scimBaseUrl || scimBaseUrl())),
        h('dt', { id: 'secret-label' }, 'SCIM key'),
        h('dd', {}, h('div.secret', {},
          h('output.mono', { id: 'new-key-token', 'aria-labelledby': 'secret-label' }, created.token),
          h('button.btn', { type: 'button', id: 'copy-key', onclick: () => copyText(created.token) }, 'Copy')))),
    ],
    buttons: [
      { name: 'download', label: 'Download CSV', action: () => { download(); return false; } },
      { name: 'done', label: 'Done', tone: 'primary' },
    ],
  });
}
