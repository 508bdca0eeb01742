// Client for the first-contact responsibility (首问负责) reports on work orders.
import { http } from '@/api/http';

/**
 * GET /api/work-orders/first-contact/violations?from=&to=:
 * { violations: [{ kind, orderId, number, firstReceiverAgentId, firstReceiverName, department, acceptedAt, detail }],
 *   byPerson: [{ key, label, count }], byDepartment: [{ key, label, count }], byKind: { KIND: n } }.
 */
export function getFirstContactViolations({ from, to } = {}, options = {}) {
  return http.get('/api/work-orders/first-contact/violations', { ...options, query: { from, to } });
}

/**
 * GET /api/work-orders/first-contact/resolution?from=&to=&window=24|48|72&key=phone|customerId:
 * { windowHours, matchedOn, overall: { key, label, requests, repeated, rate }, byAgent: [...], byMonth: [...] }.
 */
export function getFirstContactResolution({ from, to, window, key } = {}, options = {}) {
  return http.get('/api/work-orders/first-contact/resolution', { ...options, query: { from, to, window, key } });
}
