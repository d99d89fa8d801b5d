// User Management > Users and User Groups: lists paged with the service's cursors, a user's and
// a group's page, and manual create, edit and delete through the admin API.
import { call, query, ApiError } from './api.js';
import {
  h, sourceBadge, statusBadge, formatTime, openDialog, confirmDialog, toast, pageHead, table, field,
} from './ui.js';

const PAGE_SIZES = [20, 50, 100];

/** One list's paging: a stack of the cursors of the pages seen, so Previous needs no offset. */
function pager(name) {
  return { name, search: '', size: 20, cursors: [''] };
}

const userPaging = pager('users');
const groupPaging = pager('groups');

function listPage({ paging, title, crumb, noun, plural, columns, create, searchHint }) {
  const container = h('div');
  const load = async () => {
    const cursor = paging.cursors[paging.cursors.length - 1];
    const page = await call('GET', paging.name + query({ search: paging.search, cursor, count: paging.size }));
    const searchInput = h('input', {
      type: 'search', id: `${paging.name}-search`, 'aria-label': `Search ${plural}`,
      placeholder: searchHint,
    });
    searchInput.value = paging.search;
    const searchForm = h('form.search', {
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        paging.search = searchInput.value.trim();
        paging.cursors = [''];
        load();
      },
    }, searchInput, h('button.btn', { type: 'submit' }, 'Search'));
    const sizeSelect = h('select', {
      id: `${paging.name}-size`, 'aria-label': 'Rows per page',
      onchange: () => { paging.size = Number(sizeSelect.value); paging.cursors = ['']; load(); },
    }, PAGE_SIZES.map((size) => h('option', { value: size, selected: size === paging.size }, `${size} / page`)));
    const pageNumber = paging.cursors.length;
    const first = (pageNumber - 1) * paging.size + 1;
    const rows = page[paging.name];
    container.replaceChildren(
      ...pageHead({
        crumbs: [{ label: 'User Management' }, { label: crumb }],
        title,
        actions: h('button.btn.btn-primary', { type: 'button', id: `create-${noun}`, onclick: () => create(load) }, `Create ${noun === 'user' ? 'User' : 'User Group'}`),
      }),
      h('section.card', { 'aria-label': title },
        h('div.toolbar', {}, searchForm),
        table({ label: title, columns, rows, empty: paging.search ? `No ${plural} start with “${paging.search}”.` : `No ${plural} yet.` }),
        h('div.pager', {},
          h('span', { id: `${paging.name}-total` }, rows.length
            ? `${first}–${first + rows.length - 1} of ${page.totalResults} ${plural}`
            : `${page.totalResults} ${plural}`),
          h('div.actions', {},
            sizeSelect,
            h('button.btn', {
              type: 'button', id: `${paging.name}-previous`, disabled: pageNumber === 1,
              onclick: () => { paging.cursors.pop(); load(); },
            }, 'Previous'),
            h('span', { 'aria-live': 'polite' }, `Page ${pageNumber}`),
            h('button.btn', {
              type: 'button', id: `${paging.name}-next`, disabled: !page.nextCursor,
              onclick: () => { paging.cursors.push(page.nextCursor); load(); },
            }, 'Next')))));
  };
  return load().then(() => container);
}

export function usersPage() {
  return listPage({
    paging: userPaging,
    title: 'Users',
    crumb: 'Users',
    noun: 'user',
    plural: 'users',
    searchHint: 'Username, display name or email starts with…',
    create: (reload) => userForm(null, reload),
    columns: [
      { label: 'Username', cell: (user) => h('a', { href: `#/users/${encodeURIComponent(user.id)}` }, user.userName) },
      { label: 'Display name', cell: (user) => user.displayName || h('span.muted', {}, '—') },
      { label: 'Email', cell: (user) => user.email || h('span.muted', {}, '—'), className: 'hide-narrow' },
      { label: 'Status', cell: (user) => statusBadge(user.active) },
      { label: 'Source', cell: (user) => sourceBadge(user.source) },
    ],
  });
}

export function groupsPage() {
  return listPage({
    paging: groupPaging,
    title: 'User Groups',
    crumb: 'User Groups',
    noun: 'group',
    plural: 'user groups',
    searchHint: 'Group name starts with…',
    create: (reload) => groupForm(null, reload),
    columns: [
      { label: 'Group name', cell: (group) => h('a', { href: `#/groups/${encodeURIComponent(group.id)}` }, group.displayName) },
      { label: 'Group ID', cell: (group) => h('code', {}, group.id), className: 'hide-narrow' },
      { label: 'Source', cell: (group) => sourceBadge(group.source) },
    ],
  });
}

function readOnlyNotice(described) {
  return described.readOnly
    ? h('div.notice.notice-warn', { id: 'read-only-reason', role: 'note' }, described.readOnlyReason)
    : null;
}

function editActions(described, onEdit, onDelete) {
  const disabled = described.readOnly;
  const hint = disabled ? 'read-only-reason' : undefined;
  return [
    h('button.btn', { type: 'button', id: 'edit', disabled, 'aria-describedby': hint, onclick: onEdit }, 'Edit'),
    h('button.btn.btn-danger', { type: 'button', id: 'delete', disabled, 'aria-describedby': hint, onclick: onDelete }, 'Delete'),
  ];
}

function details(pairs) {
  return h('dl.detail-grid', {}, pairs.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value ?? '—'))));
}

function primaryEmail(user) {
  const emails = user.emails || [];
  const primary = emails.find((email) => email.primary) || emails[0];
  return primary ? primary.value : '';
}

export async function userPage(id) {
  const described = await call('GET', `users/${encodeURIComponent(id)}`);
  const user = described.resource;
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const entitlements = [
    ...(user.entitlements || []).map((item) => ({ kind: 'Entitlement', ...item })),
    ...(user.roles || []).map((item) => ({ kind: 'Role', ...item })),
  ];
  return [
    ...pageHead({
      crumbs: [{ label: 'User Management' }, { label: 'Users', href: '#/users' }, { label: user.userName }],
      title: user.userName,
      subtitle: [user.displayName, primaryEmail(user)].filter(Boolean).join(' · '),
      actions: editActions(described, () => userForm(user, reload), async () => {
        if (await confirmDialog({ title: 'Delete user?', message: `${user.userName} will be deleted.`, confirmLabel: 'Delete', tone: 'danger-solid' })) {
          await call('DELETE', `users/${encodeURIComponent(id)}`);
          toast(`User ${user.userName} deleted`);
          location.hash = '#/users';
        }
      }),
    }),
    readOnlyNotice(described),
    h('section.card', { 'aria-labelledby': 'user-info' },
      h('h2', { id: 'user-info' }, 'Basic information'),
      details([
        ['Username', user.userName],
        ['Display name', user.displayName],
        ['First name', user.name && user.name.givenName],
        ['Last name', user.name && user.name.familyName],
        ['Email', primaryEmail(user)],
        ['Status', statusBadge(user.active !== false)],
        ['Source', h('span', { id: 'user-source' }, sourceBadge(described.source))],
        ['External ID', user.externalId],
        ['User ID', h('code', {}, user.id)],
        ['Created', formatTime(user.meta && user.meta.created)],
        ['Last modified', formatTime(user.meta && user.meta.lastModified)],
      ])),
    h('section.card', { 'aria-labelledby': 'user-groups' },
      h('h2', { id: 'user-groups' }, 'User groups'),
      table({
        label: 'Groups of this user',
        rows: described.groups,
        empty: 'This user belongs to no group.',
        columns: [
          { label: 'Group name', cell: (group) => h('a', { href: `#/groups/${encodeURIComponent(group.id)}` }, group.displayName) },
          {
            label: 'Membership',
            cell: (group) => (group.membership === 'direct'
              ? 'Direct'
              : ['Nested, through ', h('a', { href: `#/groups/${encodeURIComponent(group.via)}` }, nameOf(described.groups, group.via))]),
          },
        ],
      })),
    h('section.card', { 'aria-labelledby': 'user-entitlements' },
      h('h2', { id: 'user-entitlements' }, 'Entitlements and roles'),
      table({
        label: 'Entitlements and roles of this user',
        rows: entitlements,
        empty: 'No entitlements or roles are assigned to this user.',
        columns: [
          { label: 'Kind', cell: (item) => item.kind },
          { label: 'Value', cell: (item) => item.value },
          { label: 'Display', cell: (item) => item.display || h('span.muted', {}, '—') },
          { label: 'Type', cell: (item) => item.type || h('span.muted', {}, '—') },
        ],
      })),
  ];
}

function nameOf(groups, id) {
  const group = groups.find((candidate) => candidate.id === id);
  return group ? group.displayName : id;
}

export async function groupPage(id, startIndex = 1) {
  const described = await call('GET', `groups/${encodeURIComponent(id)}`);
  const group = described.resource;
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const members = h('div');
  const size = 20;
  const loadMembers = async (start) => {
    const page = await call('GET', `groups/${encodeURIComponent(id)}/members${query({ startIndex: start, count: size })}`);
    const last = start + page.members.length - 1;
    members.replaceChildren(
      table({
        label: 'Members of this group',
        rows: page.members,
        empty: 'This group has no members.',
        columns: [
          {
            label: 'Member',
            cell: (member) => (member.type === 'Group'
              ? h('a', { href: `#/groups/${encodeURIComponent(member.value)}` }, member.display || member.value)
              : h('a', { href: `#/users/${encodeURIComponent(member.value)}` }, member.display || member.value)),
          },
          { label: 'Type', cell: (member) => (member.type === 'Group' ? 'User group' : 'User') },
          described.readOnly ? null : {
            label: 'Actions',
            cell: (member) => h('button.btn-link.btn-danger', {
              type: 'button',
              'aria-label': `Remove ${member.display || member.value} from the group`,
              onclick: async () => {
                await call('PATCH', `groups/${encodeURIComponent(id)}`, patchOp([{ op: 'remove', path: `members[value eq ${JSON.stringify(member.value)}]` }]));
                toast('Member removed');
                loadMembers(1);
              },
            }, 'Remove'),
          },
        ].filter(Boolean),
      }),
      h('div.pager', {},
        h('span', { id: 'members-total' }, page.members.length ? `${start}–${last} of ${page.totalResults} members` : `${page.totalResults} members`),
        h('div.actions', {},
          h('button.btn', { type: 'button', disabled: start === 1, onclick: () => loadMembers(Math.max(1, start - size)) }, 'Previous'),
          h('button.btn', { type: 'button', disabled: last >= page.totalResults, onclick: () => loadMembers(start + size) }, 'Next'))));
  };
  await loadMembers(startIndex);
  return [
    ...pageHead({
      crumbs: [{ label: 'User Management' }, { label: 'User Groups', href: '#/groups' }, { label: group.displayName }],
      title: group.displayName,
      actions: editActions(described, () => groupForm(group, reload), async () => {
        if (await confirmDialog({ title: 'Delete user group?', message: `${group.displayName} will be deleted. Its members are kept.`, confirmLabel: 'Delete', tone: 'danger-solid' })) {
          await call('DELETE', `groups/${encodeURIComponent(id)}`);
          toast(`Group ${group.displayName} deleted`);
          location.hash = '#/groups';
        }
      }),
    }),
    readOnlyNotice(described),
    h('section.card', { 'aria-labelledby': 'group-info' },
      h('h2', { id: 'group-info' }, 'Basic information'),
      details([
        ['Group name', group.displayName],
        ['Source', h('span', { id: 'group-source' }, sourceBadge(described.source))],
        ['External ID', group.externalId],
        ['Group ID', h('code', {}, group.id)],
        ['Created', formatTime(group.meta && group.meta.created)],
        ['Last modified', formatTime(group.meta && group.meta.lastModified)],
      ])),
    h('section.card', { 'aria-labelledby': 'group-members' },
      h('div.card-head', {},
        h('h2', { id: 'group-members' }, 'Members'),
        h('button.btn', {
          type: 'button', id: 'add-member', disabled: described.readOnly,
          'aria-describedby': described.readOnly ? 'read-only-reason' : undefined,
          onclick: () => addMember(id, () => loadMembers(1)),
        }, 'Add member')),
      members),
  ];
}

function patchOp(operations) {
  return { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations };
}

function formError() {
  return h('p.error-text', { role: 'alert' });
}

function userForm(user, done) {
  const error = formError();
  const body = h('form', { id: 'user-form', onsubmit: (event) => event.preventDefault() },
    field({ id: 'user-name', label: 'Username', value: user && user.userName, required: true, hint: 'Unique in the directory, usually the sign-in email address.' }),
    h('div.field-row', {},
      field({ id: 'given-name', label: 'First name', value: user && user.name && user.name.givenName }),
      field({ id: 'family-name', label: 'Last name', value: user && user.name && user.name.familyName })),
    field({ id: 'display-name', label: 'Display name', value: user && user.displayName }),
    field({ id: 'email', label: 'Email', type: 'email', value: user ? primaryEmail(user) : '' }),
    h('div.field', {}, h('label.check', {}, h('input', { type: 'checkbox', id: 'active', checked: !user || user.active !== false }), 'Enabled (the user can sign in)')),
    error);
  const value = (id) => body.querySelector(`#${id}`).value.trim();
  const save = async () => {
    error.textContent = '';
    if (!value('user-name')) {
      error.textContent = 'Enter a username.';
      return false;
    }
    const name = { givenName: value('given-name') || undefined, familyName: value('family-name') || undefined };
    const fields = {
      userName: value('user-name'),
      displayName: value('display-name') || undefined,
      name: name.givenName || name.familyName ? name : undefined,
      emails: value('email') ? [{ value: value('email'), type: 'work', primary: true }] : undefined,
      active: body.querySelector('#active').checked,
    };
    try {
      if (user) {
        const operations = [{ op: 'replace', value: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) }];
        for (const [attribute, v] of Object.entries(fields)) {
          if (v === undefined && user[attribute] !== undefined) {
            operations.push({ op: 'remove', path: attribute });
          }
        }
        await call('PATCH', `users/${encodeURIComponent(user.id)}`, patchOp(operations));
        toast(`User ${fields.userName} saved`);
      } else {
        const created = await call('POST', 'users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], ...fields });
        toast(`User ${created.userName} created`);
      }
    } catch (failure) {
      error.textContent = failure instanceof ApiError ? failure.message : String(failure);
      return false;
    }
    await done();
    return true;
  };
  return openDialog({
    title: user ? 'Edit user' : 'Create user',
    id: 'user-dialog',
    body,
    buttons: [{ name: 'cancel', label: 'Cancel' }, { name: 'save', label: user ? 'Save' : 'Create', tone: 'primary', action: save }],
  });
}

function groupForm(group, done) {
  const error = formError();
  const body = h('form', { id: 'group-form', onsubmit: (event) => event.preventDefault() },
    field({ id: 'group-name', label: 'Group name', value: group && group.displayName, required: true }),
    error);
  const save = async () => {
    const displayName = body.querySelector('#group-name').value.trim();
    if (!displayName) {
      error.textContent = 'Enter a group name.';
      return false;
    }
    try {
      if (group) {
        await call('PATCH', `groups/${encodeURIComponent(group.id)}`, patchOp([{ op: 'replace', path: 'displayName', value: displayName }]));
        toast(`Group ${displayName} saved`);
      } else {
        await call('POST', 'groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName });
        toast(`Group ${displayName} created`);
      }
    } catch (failure) {
      error.textContent = failure instanceof ApiError ? failure.message : String(failure);
      return false;
    }
    await done();
    return true;
  };
  return openDialog({
    title: group ? 'Edit user group' : 'Create user group',
    id: 'group-dialog',
    body,
    buttons: [{ name: 'cancel', label: 'Cancel' }, { name: 'save', label: group ? 'Save' : 'Create', tone: 'primary', action: save }],
  });
}

function addMember(groupId, done) {
  const results = h('div', { 'aria-live': 'polite' });
  const input = h('input', { type: 'search', id: 'member-search', 'aria-label': 'Find a user by username, display name or email' });
  const find = async (event) => {
    event.preventDefault();
    const page = await call('GET', 'users' + query({ search: input.value.trim(), count: 10 }));
    results.replaceChildren(table({
      label: 'Matching users',
      rows: page.users,
      empty: 'No user matches.',
      columns: [
        { label: 'Username', cell: (user) => user.userName },
        { label: 'Display name', cell: (user) => user.displayName || '—' },
        {
          label: 'Add',
          cell: (user) => h('button.btn', {
            type: 'button', 'aria-label': `Add ${user.userName}`,
            onclick: async () => {
              await call('PATCH', `groups/${encodeURIComponent(groupId)}`, patchOp([{ op: 'add', path: 'members', value: [{ value: user.id, display: user.userName, type: 'User' }] }]));
              toast(`${user.userName} added`);
              done();
            },
          }, 'Add'),
        },
      ],
    }));
  };
  return openDialog({
    title: 'Add member',
    id: 'member-dialog',
    body: [h('form.search', { role: 'search', onsubmit: find }, input, h('button.btn', { type: 'submit' }, 'Find')), results],
    buttons: [{ name: 'done', label: 'Done', tone: 'primary' }],
  });
}
