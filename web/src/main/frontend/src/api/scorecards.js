// Client for the scorecard API (scorecards, draft/published versions, trial scoring).
import { http } from '@/api/http';

/** GET /api/scorecards → [{ id, name, description, published, draft }]. */
export function listScorecards(options = {}) {
  return http.get('/api/scorecards', options);
}

/** GET /api/scorecards/defaults → a starter definition { sections, grades }. */
export function getDefaultDefinition(options = {}) {
  return http.get('/api/scorecards/defaults', options);
}

/** POST /api/scorecards { name, description, definition } → summary. */
export function createScorecard(body, options = {}) {
  return http.post('/api/scorecards', body, options);
}

/** GET /api/scorecards/{id}/versions → [versionRef]. */
export function listScorecardVersions(id, options = {}) {
  return http.get(`/api/scorecards/${encodeURIComponent(id)}/versions`, options);
}

/** PUT /api/scorecards/{id}/draft { definition } → VersionView. */
export function saveScorecardDraft(id, definition, options = {}) {
  return http.put(`/api/scorecards/${encodeURIComponent(id)}/draft`, { definition }, options);
}

/** POST /api/scorecards/{id}/publish → VersionView (the published version is immutable). */
export function publishScorecard(id, options = {}) {
  return http.post(`/api/scorecards/${encodeURIComponent(id)}/publish`, null, options);
}

/** GET /api/scorecards/versions/{versionId} → VersionView { id, scorecardId, name, version, status, definition, positivePoints }. */
export function getScorecardVersion(versionId, options = {}) {
  return http.get(`/api/scorecards/versions/${encodeURIComponent(versionId)}`, options);
}

/** POST /api/scorecards/versions/{versionId}/trial { answers } → { score, grade, fatal, fatalItems, failedSections, items }. */
export function trialScore(versionId, answers, options = {}) {
  return http.post(`/api/scorecards/versions/${encodeURIComponent(versionId)}/trial`, { answers }, options);
}
