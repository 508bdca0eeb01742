// Client for calibration sessions (校准): blind scoring of the same calls by several monitors.
import { http } from '@/api/http';

/** GET /api/calibration/sessions: [{ id, name, status, calls, participants, scoresSubmitted, participant, ... }] */
export function listSessions(options = {}) {
  return http.get('/api/calibration/sessions', options);
}

/** POST /api/calibration/sessions { name, recordingIds[], participants[], scorecardVersionId?, referenceUser?, threshold? } */
export function createSession(body, options = {}) {
  return http.post('/api/calibration/sessions', body, options);
}

/** GET /api/calibration/sessions/{id}: { view: { session, calls, progress, scores, canScore, canClose }, scorecard } */
export function getSession(id, options = {}) {
  return http.get(`/api/calibration/sessions/${encodeURIComponent(id)}`, options);
}

/** PUT /api/calibration/sessions/{id}/scores/{recordingId} { answers: { code: { na, yes, value, occurrences } } } */
export function saveScore(id, recordingId, answers, options = {}) {
  return http.put(`/api/calibration/sessions/${encodeURIComponent(id)}/scores/${encodeURIComponent(recordingId)}`, { answers }, options);
}

/** POST /api/calibration/sessions/{id}/close */
export function closeSession(id, options = {}) {
  return http.post(`/api/calibration/sessions/${encodeURIComponent(id)}/close`, undefined, options);
}

/** GET /api/calibration/sessions/{id}/results (closed sessions only) */
export function getResults(id, options = {}) {
  return http.get(`/api/calibration/sessions/${encodeURIComponent(id)}/results`, options);
}

/** GET /api/calibration/monitors: [{ username, displayName, roles }] */
export function listMonitors(options = {}) {
  return http.get('/api/calibration/monitors', options);
}
