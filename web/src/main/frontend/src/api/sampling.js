// Client for call sampling (抽检): plans (validated on the server, 400 problem detail with field errors),
// previews (no writes) and runs (one per plan and period: running again answers the first run).
import { http } from '@/api/http';

export const CADENCES = Object.freeze(['DAILY', 'WEEKLY', 'MONTHLY']);
export const STRATIFY_BY = Object.freeze(['BUSINESS_LINE', 'TEAM', 'NONE']);
export const FALLBACKS = Object.freeze(['NEXT_IN_ORDER', 'NONE']);
export const DIRECTIONS = Object.freeze(['IN', 'OUT', 'INTERNAL']);

/** GET /api/sampling/plans: [{ id, name, active, seed, definition, version, ... }]. */
export function listPlans(options = {}) {
  return http.get('/api/sampling/plans', options);
}

/** POST /api/sampling/plans { name, active, seed, definition } (201 with the stored plan, defaults filled in). */
export function createPlan(plan, options = {}) {
  return http.post('/api/sampling/plans', plan, options);
}

/** PUT /api/sampling/plans/{id} { name, active, seed, definition, version } (409 when somebody saved first). */
export function updatePlan(id, plan, options = {}) {
  return http.put(`/api/sampling/plans/${id}`, plan, options);
}

/**
 * POST /api/sampling/plans/{id}/preview?period=YYYY-MM-DD: { periodStart, periodEnd, population, selected,
 * strata: [{ stratum, population, mandatory, quota, wanted, percent, fallbackIn, fallbackOut, shortBy }],
 * quotas: [{ agentId, newAgent, wanted, selected, shortBy, mandatory }], calls: [...], truncated }.
 */
export function previewPlan(id, period, options = {}) {
  return http.post(`/api/sampling/plans/${id}/preview`, null, { ...options, query: { period } });
}

/** POST /api/sampling/plans/{id}/runs?period=YYYY-MM-DD: the run with its tasks ({ created: false } when it existed). */
export function runPlan(id, period, options = {}) {
  return http.post(`/api/sampling/plans/${id}/runs`, null, { ...options, query: { period } });
}

/** GET /api/sampling/runs?planId=: the runs, newest period first (without tasks). */
export function listRuns(planId, options = {}) {
  return http.get('/api/sampling/runs', { ...options, query: planId ? { planId } : undefined });
}

/** GET /api/sampling/runs/{id}: population per stratum, fulfilment and the tasks with rule, stratum, seed, explanation. */
export function getRun(id, options = {}) {
  return http.get(`/api/sampling/runs/${id}`, options);
}
