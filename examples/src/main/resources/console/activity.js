// Monitoring > Activity: the change-event log of the tenant (GET /admin/activity), newest first.
import { call, query, ApiError } from './api.js';
import { h, formatTime, pageHead, table } from './ui.js';

const KINDS = {
  CREATE: ['Created', 'green'],
  REPLACE: ['Replaced', 'blue'],
  PATCH: ['Updated', 'blue'],
  DELETE: ['Deleted', 'red'],
  ACTIVATE: ['Enabled', 'green'],
  DEACTIVATE: ['Disabled', 'gray'],
};

function kindBadge(kind) {
  const [label, tone] = KINDS[kind] || [kind, 'gray'];
  return h(`span.badge.badge-${tone}`, {}, label);
}

function resourceLink(event) {
  const path = event.resourceType === 'User' ? 'users' : event.resourceType === 'Group' ? 'groups' : null;
  const label = `${event.resourceType} ${event.resourceId}`;
  return path && event.kind !== 'DELETE' ? h('a', { href: `#/${path}/${encodeURIComponent(event.resourceId)}` }, label) : label;
}

/** The actor: a SCIM key id, or the administrator (the console and admin scripts). */
function who(event) {
  if (event.actor === 'admin') {
    return 'Administrator';
  }
  return event.actor ? ['SCIM key ', h('code', {}, event.actor)] : h('span.muted', {}, '—');
}

function changes(event) {
  const parts = [];
  if (event.changedAttributes && event.changedAttributes.length) {
    parts.push(event.changedAttributes.join(', '));
  }
  if (event.membersAdded && event.membersAdded.length) {
    parts.push(`+${event.membersAdded.length} member${event.membersAdded.length > 1 ? 's' : ''}`);
  }
  if (event.membersRemoved && event.membersRemoved.length) {
    parts.push(`−${event.membersRemoved.length} member${event.membersRemoved.length > 1 ? 's' : ''}`);
  }
  return parts.length ? parts.join('; ') : h('span.muted', {}, '—');
}

export async function activityPage() {
  const befores = [null];
  const container = h('div');
  const load = async () => {
    const before = befores[befores.length - 1];
    let page;
    try {
      page = await call('GET', 'activity' + query({ count: 50, before }));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
        container.replaceChildren(...head(), h('div.notice', { role: 'note' },
          'This server does not record change events yet, so there is no activity to show.'));
        return;
      }
      throw error;
    }
    container.replaceChildren(...head(), h('section.card', { 'aria-label': 'Activity' },
      table({
        label: 'Activity',
        rows: page.events || [],
        empty: 'No activity yet.',
        columns: [
          { label: 'Time', cell: (event) => formatTime(event.time), className: 'nowrap' },
          { label: 'Action', cell: (event) => kindBadge(event.kind) },
          { label: 'Resource', cell: resourceLink },
          { label: 'Who', cell: who },
          { label: 'Client', cell: (event) => event.userAgent || h('span.muted', {}, '—'), className: 'hide-narrow' },
          { label: 'Provisioning domain', cell: (event) => event.provisioningDomain || h('span.muted', {}, '—'), className: 'hide-narrow' },
          { label: 'Changes', cell: changes },
        ],
      }),
      h('div.pager', {}, h('span', {}, `Page ${befores.length}`),
        h('div.actions', {},
          h('button.btn', { type: 'button', disabled: befores.length === 1, onclick: () => { befores.pop(); load(); } }, 'Newer'),
          h('button.btn', {
            type: 'button', disabled: page.nextBefore === null || page.nextBefore === undefined,
            onclick: () => { befores.push(page.nextBefore); load(); },
          }, 'Older')))));
  };
  await load();
  return container;
}

function head() {
  return pageHead({
    crumbs: [{ label: 'Monitoring' }, { label: 'Activity' }],
    title: 'Activity',
    subtitle: 'Every change to users and user groups: who made it, when, with which SCIM key and client.',
  });
}
