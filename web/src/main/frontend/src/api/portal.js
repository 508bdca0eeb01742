// Client for the public supervisors' portal (role PUBLIC_SUPERVISOR): their own reports only
// (another supervisor's report answers 404).
import { http } from '@/api/http';

const enc = encodeURIComponent;

/** GET /api/portal/me: { name, affiliation, kind, termStart, termEnd, status }. */
export function getPortalMe(options = {}) {
  return http.get('/api/portal/me', options);
}

/** GET /api/portal/templates: the published templates (same shape as the staff ones). */
export function listPortalTemplates(options = {}) {
  return http.get('/api/portal/templates', options);
}

/** GET /api/portal/reports: [PortalReport]. */
export function listMyReports(options = {}) {
  return http.get('/api/portal/reports', options);
}

/** POST /api/portal/reports { visitType }: the new DRAFT. */
export function createReport(visitType, options = {}) {
  return http.post('/api/portal/reports', { visitType }, options);
}

/** GET /api/portal/reports/{id}. */
export function getMyReport(id, options = {}) {
  return http.get(`/api/portal/reports/${enc(id)}`, options);
}

/** PUT /api/portal/reports/{id} { place, visitedAt, answers, overallRating, narrative } (DRAFT only; 409 otherwise). */
export function saveReport(id, body, options = {}) {
  return http.put(`/api/portal/reports/${enc(id)}`, body, options);
}

/** POST /api/portal/reports/{id}/submit: the report, or 400 { detail, errors: [{ field, message }] }. */
export function submitReport(id, options = {}) {
  return http.post(`/api/portal/reports/${enc(id)}/submit`, null, options);
}

/** POST /api/portal/reports/{id}/rating { rating: SATISFIED|DISSATISFIED, comment }. */
export function rateReport(id, rating, comment, options = {}) {
  return http.post(`/api/portal/reports/${enc(id)}/rating`, { rating, comment }, options);
}

/** The attachments base of a report in the portal (see api/attachments.js). */
export function portalReportBase(id) {
  return `/api/portal/reports/${enc(id)}`;
}
