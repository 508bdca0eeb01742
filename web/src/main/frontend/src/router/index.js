import { createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes';
import { canAccessRoute } from './access';
import { useSessionStore } from '@/stores/session';
import { t } from '@/i18n';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

/** Only same-site paths are accepted as a redirect target after login. */
export function safeRedirect(value) {
  const target = Array.isArray(value) ? value[0] : value;
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/login')) return '/';
  return target;
}

router.beforeEach(async (to) => {
  const session = useSessionStore();
  const loggedIn = await session.ensureLoaded();

  if (to.meta.public) {
    if (to.name === 'login' && loggedIn) return safeRedirect(to.query.redirect);
    return true;
  }
  if (!loggedIn) {
    return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  if (!canAccessRoute(to, session.roles)) {
    return { name: 'forbidden', query: { from: to.fullPath }, replace: true };
  }
  return true;
});

export function updateDocumentTitle(route = router.currentRoute.value) {
  const key = route.meta?.titleKey;
  const app = t('app.name');
  document.title = key ? `${t(key)} - ${app}` : app;
}

router.afterEach((to) => updateDocumentTitle(to));

export default router;
