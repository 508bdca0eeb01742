import { fileURLToPath, URL } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const here = fileURLToPath(new URL('.', import.meta.url));

// Vendor libraries that get their own chunk, so the main chunk stays small.
const VENDOR_CHUNKS = [
  ['element-plus', ['/node_modules/element-plus/', '/node_modules/@element-plus/', '/node_modules/@floating-ui/',
    '/node_modules/@ctrl/', '/node_modules/@vueuse/', '/node_modules/async-validator/', '/node_modules/dayjs/',
    '/node_modules/lodash', '/node_modules/memoize-one/', '/node_modules/normalize-wheel-es/', '/node_modules/@popperjs/']],
  ['echarts', ['/node_modules/echarts/', '/node_modules/zrender/']],
  ['wavesurfer', ['/node_modules/wavesurfer.js/']],
  ['vue-vendor', ['/node_modules/vue/', '/node_modules/@vue/', '/node_modules/vue-router/', '/node_modules/pinia/',
    '/node_modules/vue-i18n/', '/node_modules/@intlify/', '/node_modules/vue-demi/']],
];

function manualChunks(id) {
  const normalized = id.split(path.sep).join('/');
  if (!normalized.includes('/node_modules/')) return undefined;
  for (const [name, markers] of VENDOR_CHUNKS) {
    if (markers.some((m) => normalized.includes(m))) return name;
  }
  return undefined;
}

export default defineConfig({
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: {
      '@': path.resolve(here, 'src'),
    },
  },
  define: {
    // vue-i18n feature flags: composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:8080',
        changeOrigin: false,
      },
    },
  },
  build: {
    outDir: path.resolve(here, '../../../target/frontend-dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // Keep every script in a file: the server's CSP is script-src 'self'.
    assetsInlineLimit: 4096,
    rollupOptions: {
      output: {
        manualChunks,
      },
    },
  },
});
