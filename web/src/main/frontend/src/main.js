import { createApp } from 'vue';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import 'element-plus/dist/index.css';
import * as ElementPlusIcons from '@element-plus/icons-vue';

import App from './App.vue';
import { i18n, t } from './i18n';
import { router } from './router';
import { configureHttp } from './api/http';
import { useSessionStore } from './stores/session';
import './styles/main.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
app.use(i18n);
app.use(ElementPlus);
// Icons are registered globally so the route table can name them by string (meta.icon).
for (const [name, component] of Object.entries(ElementPlusIcons)) {
  app.component(name, component);
}

const session = useSessionStore(pinia);
configureHttp({
  getCsrfToken: () => session.csrfToken,
  onUnauthorized: () => {
    const wasLoggedIn = session.isLoggedIn;
    session.clear();
    const current = router.currentRoute.value;
    if (current.name === 'login') return;
    if (wasLoggedIn) ElMessage({ type: 'warning', message: t('errors.sessionExpired'), grouping: true });
    router.push({ name: 'login', query: { redirect: current.fullPath } });
  },
});

app.use(router);
router.isReady().then(() => app.mount('#app'));
