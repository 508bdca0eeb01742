// Client for the teaching-case API (exemplary / lesson calls marked by QA leads).
import { http } from '@/api/http';

export const TEACHING_CASE_KINDS = Object.freeze(['EXEMPLARY', 'LESSON']);

/** GET /api/teaching-cases?kind= → [{ id, recordingId, callId, evaluationId, kind, title, notes, tags, markedBy, createdAt }]. */
export function listTeachingCases(kind, options = {}) {
  return http.get('/api/teaching-cases', { ...options, query: { kind } });
}

/** POST /api/teaching-cases { recordingId, evaluationId?, kind, title, notes, tags }. */
export function createTeachingCase(body, options = {}) {
  return http.post('/api/teaching-cases', body, options);
}

/** DELETE /api/teaching-cases/{id}. */
export function deleteTeachingCase(id, options = {}) {
  return http.delete(`/api/teaching-cases/${encodeURIComponent(id)}`, options);
}
