// Client for the QA evaluation API (tasks, evaluations, drafts, comments, appeals, reviews).
import { http } from '@/api/http';

const base = (id) => `/api/evaluations/${encodeURIComponent(id)}`;

/**
 * GET /api/evaluations?scope=tasks|mine|all&status=..&agentId=&monitor=&team=&from=&to=&size=
 * → { total, items: [...] }
 */
export function listEvaluations(query, options = {}) {
  return http.get('/api/evaluations', { ...options, query: { size: 100, ...query } });
}

/** POST /api/evaluations { recordingId, monitor?, scorecardId? } → Detail. */
export function createEvaluation(body, options = {}) {
  return http.post('/api/evaluations', body, options);
}

/** GET /api/evaluations/{id} → Detail (scorecard, scores, comments, appeal, selection, allowed, ...). */
export function getEvaluation(id, options = {}) {
  return http.get(base(id), options);
}

/** PUT /api/evaluations/{id}/draft { answers } → { draftSavedAt }. */
export function saveEvaluationDraft(id, answers, options = {}) {
  return http.put(`${base(id)}/draft`, { answers }, options);
}

/** POST /api/evaluations/{id}/submit { answers } → Detail; 400 (detail names the unanswered item). */
export function submitEvaluation(id, answers, options = {}) {
  return http.post(`${base(id)}/submit`, { answers }, options);
}

/** POST /api/evaluations/{id}/comments { atSeconds, itemCode?, text } → the comment. */
export function addEvaluationComment(id, body, options = {}) {
  return http.post(`${base(id)}/comments`, body, options);
}

/** DELETE /api/evaluations/{id}/comments/{commentId}. */
export function deleteEvaluationComment(id, commentId, options = {}) {
  return http.delete(`${base(id)}/comments/${encodeURIComponent(commentId)}`, options);
}

/** POST /api/evaluations/{id}/acknowledge → Detail. */
export function acknowledgeEvaluation(id, options = {}) {
  return http.post(`${base(id)}/acknowledge`, null, options);
}

/** POST /api/evaluations/{id}/appeal { reason } → Detail. */
export function appealEvaluation(id, reason, options = {}) {
  return http.post(`${base(id)}/appeal`, { reason }, options);
}

/** POST /api/evaluations/{id}/review { decision: 'UPHOLD'|'ADJUST', answers?, reason } → Detail. */
export function reviewEvaluation(id, body, options = {}) {
  return http.post(`${base(id)}/review`, body, options);
}

/** GET /api/appeals?status=OPEN|UPHELD|ADJUSTED (empty: all) → [appeal]. */
export function listAppeals(status, options = {}) {
  return http.get('/api/appeals', { ...options, query: { status } });
}
