// The admin API, as the console calls it: same origin, the session cookie, and the session's
// CSRF token on every call that changes something.
let csrfToken = null;

export class ApiError extends Error {
  constructor(status, message, scimType) {
    super(message);
    this.status = status;
    this.scimType = scimType;
  }
}

let onSignedOut = () => {};

/** Called when a call answers 401: the session is gone. */
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  const response = await fetch('/admin/' + path, {
    method,
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && path !== 'session') {
      csrfToken = null;
      onSignedOut();
    }
    const message = (json && (json.error || json.detail)) || `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, json && json.scimType);
  }
  return json;
}

/** Whether a session is open; remembers its CSRF token. */
export async function resume() {
  try {
    const session = await call('GET', 'session');
    csrfToken = session.csrfToken;
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return false;
    }
    throw error;
  }
}

export async function signIn(credential) {
  const session = await call('POST', 'session', { credential });
  csrfToken = session.csrfToken;
}

export async function signOut() {
  try {
    await call('DELETE', 'session');
  } finally {
    csrfToken = null;
  }
}

export const query = (params) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
};
