// Client for the callback (回访) API: sampled tasks, results and sampling statistics.
import { http } from '@/api/http';

export const CALLBACK_PAGE_SIZE = 50;

/**
 * GET /api/callbacks?status=..&status=..&businessLine=&size=50: an array of tasks
 * { id, status, attempts, nextAttemptAt, createdAt, completedAt, ruleName, ratio, draw, explanation, order, result }.
 */
export function listCallbacks({ status = [], businessLine = '' } = {}, { signal, silent } = {}) {
  return http.get('/api/callbacks', { query: { status, businessLine, size: CALLBACK_PAGE_SIZE }, signal, silent });
}

/**
 * POST /api/callbacks/{id}/result { reached, satisfaction?, checklist?, comment?, recordingCallId?, retryAt? }:
 * answers the updated task (result.reopened is true when the server sent the order back to its department).
 */
export function submitCallbackResult(id, body, options = {}) {
  return http.post(`/api/callbacks/${encodeURIComponent(id)}/result`, body, options);
}

/** GET /api/callbacks/stats?from=&to=: { byBusinessLine: [...], overall: {...} }. */
export function getCallbackStats({ from, to } = {}, options = {}) {
  return http.get('/api/callbacks/stats', { ...options, query: { from, to } });
}
