// Client for the supervision orders (督办单): issued by supervision staff, answered by the lead department,
// accepted or sent back by the issuer.
import { http } from '@/api/http';

/** GET /api/supervision-orders?status=: [order] (a department handler sees only their department's). */
export function listSupervisionOrders(status, options = {}) {
  return http.get('/api/supervision-orders', { ...options, query: { status } });
}

/** POST /api/supervision-orders { matter, ..., copyTo }: { order, events }. */
export function issueSupervisionOrder(body, options = {}) {
  return http.post('/api/supervision-orders', body, options);
}

/** GET /api/supervision-orders/{id}: { order, events }; 403 for a handler of another department. */
export function getSupervisionOrder(id, options = {}) {
  return http.get(`/api/supervision-orders/${encodeURIComponent(id)}`, options);
}

/** POST /api/supervision-orders/{id}/reply { text }: { order, events }. */
export function replySupervisionOrder(id, text, options = {}) {
  return http.post(`/api/supervision-orders/${encodeURIComponent(id)}/reply`, { text }, options);
}

/** POST /api/supervision-orders/{id}/decision { accept, comment }: { order, events }. */
export function decideSupervisionOrder(id, accept, comment, options = {}) {
  return http.post(`/api/supervision-orders/${encodeURIComponent(id)}/decision`, { accept, comment }, options);
}
