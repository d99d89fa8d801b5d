// The console's shell: sign-in, the hash router and the navigation.
import { resume, signIn, signOut, whenSignedOut, ApiError } from './api.js';
import { h, clearOldToasts } from './ui.js';
import { settingsPage } from './settings.js';
import { usersPage, userPage, groupsPage, groupPage } from './directory.js';
import { activityPage } from './activity.js';

const routes = [
  [/^#\/users$/, () => usersPage(), 'users'],
  [/^#\/users\/([^/]+)$/, (id) => userPage(decodeURIComponent(id)), 'users'],
  [/^#\/groups$/, () => groupsPage(), 'groups'],
  [/^#\/groups\/([^/]+)$/, (id) => groupPage(decodeURIComponent(id)), 'groups'],
  [/^#\/settings$/, () => settingsPage(), 'settings'],
  [/^#\/activity$/, () => activityPage(), 'activity'],
];

const shell = document.getElementById('shell');
const signin = document.getElementById('signin');
const account = document.getElementById('account');
const main = document.getElementById('main');

function showSignIn(message) {
  shell.hidden = true;
  account.hidden = true;
  signin.hidden = false;
  const error = h('p.error-text', { id: 'signin-error', role: 'alert' }, message || '');
  const input = h('input', {
    id: 'credential', name: 'credential', type: 'password', required: true,
    autocomplete: 'current-password', 'aria-describedby': 'credential-hint signin-error',
  });
  const form = h('form.signin-card', {
    'aria-labelledby': 'signin-title',
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      try {
        await signIn(input.value);
        input.value = '';
        showConsole();
      } catch (failure) {
        error.textContent = failure instanceof ApiError && failure.status === 401
          ? 'This admin credential is not valid.' : String(failure.message);
        input.focus();
      }
    },
  },
  h('h1', { id: 'signin-title' }, 'Sign in to Identity Center'),
  h('p.muted', {}, 'Administrators sign in with the admin credential of this server.'),
  h('div.field', {},
    h('label', { for: 'credential' }, 'Admin credential'),
    input,
    h('p.hint', { id: 'credential-hint' }, 'Printed once when the server first started, or the value given with --admin-token.')),
  error,
  h('button.btn.btn-primary', { type: 'submit', id: 'sign-in' }, 'Sign in'));
  signin.replaceChildren(form);
  input.focus();
}

function showConsole() {
  signin.hidden = true;
  shell.hidden = false;
  account.hidden = false;
  if (!routes.some(([pattern]) => pattern.test(location.hash))) {
    location.hash = '#/users';
  } else {
    route();
  }
}

async function route() {
  if (shell.hidden) {
    return;
  }
  const match = routes.map(([pattern, page, nav]) => [pattern.exec(location.hash), page, nav])
    .find(([found]) => found);
  if (!match) {
    location.hash = '#/users';
    return;
  }
  const [found, page, nav] = match;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === nav) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  clearOldToasts();
  main.replaceChildren(h('p.muted', {}, 'Loading…'));
  try {
    const content = await page(...found.slice(1));
    main.replaceChildren(...[content].flat());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return;
    }
    main.replaceChildren(h('div.notice.notice-error', { role: 'alert' }, String(error.message)));
  }
  const heading = main.querySelector('h1');
  document.title = `${heading ? heading.textContent + ' · ' : ''}Identity Center`;
  main.focus({ preventScroll: true });
}

whenSignedOut(() => showSignIn('Your session has ended. Sign in again.'));
window.addEventListener('hashchange', route);
document.getElementById('sign-out').addEventListener('click', async () => {
  await signOut().catch(() => {});
  showSignIn('You have signed out.');
});

resume().then((open) => (open ? showConsole() : showSignIn()),
  (error) => showSignIn(String(error.message)));
