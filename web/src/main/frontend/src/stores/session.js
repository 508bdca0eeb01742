import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { http } from '@/api/http';

/**
 * The logged-in user and the CSRF token.
 * After a page reload the state is re-read from GET /api/auth/me.
 */
export const useSessionStore = defineStore('session', () => {
  const user = ref(null); // { username, displayName, roles: [] }
  const csrfToken = ref(null);
  const loaded = ref(false);
  let mePromise = null;

  const isLoggedIn = computed(() => user.value !== null);
  const roles = computed(() => user.value?.roles ?? []);
  const displayName = computed(() => user.value?.displayName || user.value?.username || '');

  function apply(data) {
    user.value = {
      username: data.username,
      displayName: data.displayName || data.username,
      roles: Array.isArray(data.roles) ? data.roles : [],
    };
    csrfToken.value = data.csrfToken || null;
    loaded.value = true;
  }

  function clear() {
    user.value = null;
    csrfToken.value = null;
    loaded.value = true;
    mePromise = null;
  }

  /** Loads the session once (GET /api/auth/me); resolves to true when logged in. */
  function ensureLoaded() {
    if (loaded.value) return Promise.resolve(isLoggedIn.value);
    if (!mePromise) {
      mePromise = http
        .get('/api/auth/me', { silent: true })
        .then((data) => {
          apply(data);
          return true;
        })
        .catch((error) => {
          if (error.status === 401 || error.status === 403) {
            clear();
            return false;
          }
          // Server unreachable or failing: treat as logged out but allow a retry later.
          mePromise = null;
          return false;
        });
    }
    return mePromise;
  }

  async function login(username, password) {
    const data = await http.post('/api/auth/login', { username, password }, { silent: true });
    apply(data);
    return data;
  }

  async function logout() {
    try {
      await http.post('/api/auth/logout', null, { silent: true });
    } catch {
      // already logged out or server gone: forget the session anyway
    } finally {
      clear();
    }
  }

  function hasRole(role) {
    return roles.value.includes(role);
  }

  function hasAnyRole(list) {
    return list.some((r) => roles.value.includes(r));
  }

  return { user, csrfToken, loaded, isLoggedIn, roles, displayName, ensureLoaded, login, logout, clear, hasRole, hasAnyRole };
});
