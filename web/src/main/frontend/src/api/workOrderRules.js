// Client for the work-order rule documents (工单规则): the category tree, the deadline rules, the holiday
// calendar and the callback plan. Each document is read and saved as a whole with optimistic locking:
// a save or reset sends the version it was based on and answers 409 when someone else saved meanwhile.
import { http } from '@/api/http';

/** The rule documents, in the order the rules page shows them. */
export const RULE_KINDS = Object.freeze(['categories', 'deadlines', 'calendar', 'callbacks']);
/** Documents whose save or reset recomputes the due times of open orders (the answer carries `rescheduled`). */
export const RESCHEDULING_KINDS = Object.freeze(['deadlines', 'calendar']);

function rulesUrl(kind) {
  return `/api/work-order-rules/${encodeURIComponent(kind)}`;
}

/**
 * GET /api/work-order-rules/{kind}: { kind, version (0 = the defaults, never edited), customized,
 * updatedBy, updatedAt, body }.
 */
export function getRules(kind, options = {}) {
  return http.get(rulesUrl(kind), options);
}

/**
 * PUT /api/work-order-rules/{kind} { version, body }: answers the saved document (same shape as getRules,
 * plus `rescheduled` for deadlines and calendar). 400 problem detail when the body is invalid, 409 when
 * `version` is no longer the current one.
 */
export function saveRules(kind, version, body, options = {}) {
  return http.put(rulesUrl(kind), { version, body }, options);
}

/**
 * DELETE /api/work-order-rules/{kind}?version=N: goes back to the defaults and answers the document
 * (customized false, plus `rescheduled` for deadlines and calendar). 409 when `version` is stale.
 */
export function resetRules(kind, version, options = {}) {
  return http.delete(rulesUrl(kind), { ...options, query: { version } });
}

/** GET /api/work-order-rules/{kind}/history: the saved versions [{ version, updatedBy, updatedAt }]. */
export function getRulesHistory(kind, options = {}) {
  return http.get(`${rulesUrl(kind)}/history`, options);
}
