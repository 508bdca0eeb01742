// Client for the work-order API (search, detail, actions, departments, imports).
import { http } from '@/api/http';

export const WORK_ORDER_PAGE_SIZE = 20;

/**
 * GET /api/work-orders: { total, nextCursor, items, facets }. Without q the list reads the database;
 * with q it searches the index and answers 503 when search is unavailable (the list without q still works).
 */
export function searchWorkOrders(query, { signal, silent } = {}) {
  return http.get('/api/work-orders', { query: { size: WORK_ORDER_PAGE_SIZE, ...query }, signal, silent });
}

/** GET /api/work-orders/{id}: the order with description, events, deadlines, recordings and allowedActions. */
export function getWorkOrder(id, options = {}) {
  return http.get(`/api/work-orders/${encodeURIComponent(id)}`, options);
}

/**
 * POST /api/work-orders/{id}/actions { action, department?, reason?, note? }: answers the updated order;
 * 409 (problem detail says why) when the action is not allowed now.
 */
export function performWorkOrderAction(id, body, options = {}) {
  return http.post(`/api/work-orders/${encodeURIComponent(id)}/actions`, body, options);
}

let departmentsPromise = null;

/** GET /api/departments: [{ code, name }], fetched once per page load (a failure is retried next time). */
export function listDepartments({ refresh = false } = {}) {
  if (!departmentsPromise || refresh) {
    departmentsPromise = http
      .get('/api/departments', { silent: true })
      .then((data) => (Array.isArray(data) ? data.filter((d) => d && d.code !== undefined && d.code !== null) : []))
      .catch((error) => {
        departmentsPromise = null;
        throw error;
      });
  }
  return departmentsPromise;
}

/** POST /api/work-orders/imports (multipart: "file" = CSV/XLSX, "preset" = text): answers 202 with the import. */
export function startWorkOrderImport(file, preset, options = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('preset', preset);
  return http.post('/api/work-orders/imports', form, options);
}

/** GET /api/work-orders/imports: past imports (without their errors). */
export function listWorkOrderImports(options = {}) {
  return http.get('/api/work-orders/imports', options);
}

/** GET /api/work-orders/imports/{id}: one import with its per-row errors. */
export function getWorkOrderImport(id, options = {}) {
  return http.get(`/api/work-orders/imports/${encodeURIComponent(id)}`, options);
}
