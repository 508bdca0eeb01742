// Client for the complaint cases (投诉): the list (also the dashboard's drill-down target), intake by hand,
// the case page and its handling steps.
import { http } from '@/api/http';

export const COMPLAINT_PAGE_SIZE = 20;

/**
 * GET /api/complaints?q=&source=..&status=..&businessLine=&category=&district=&department=&from=&to=
 * &overdue=&escalated=&repeat=&size=&offset= : { total, items }.
 */
export function searchComplaints(query, { signal, silent } = {}) {
  return http.get('/api/complaints', { query: { size: COMPLAINT_PAGE_SIZE, ...query }, signal, silent });
}

/** POST /api/complaints (ADMIN, MANAGER): { id, outcome: CREATED | UPDATED | UNCHANGED }. */
export function createComplaint(body, options = {}) {
  return http.post('/api/complaints', body, options);
}

/** GET /api/complaints/{id}: the case with deadlines, events, allowedActions, repeats and supervision orders. */
export function getComplaint(id, options = {}) {
  return http.get(`/api/complaints/${encodeURIComponent(id)}`, options);
}

/**
 * POST /api/complaints/{id}/actions { action, note, department, person, replyText, signedBy, satisfaction, refund }:
 * answers the updated case; 409 when not allowed now, 400 with errors [{ field }] when input is missing.
 */
export function performComplaintAction(id, body, options = {}) {
  return http.post(`/api/complaints/${encodeURIComponent(id)}/actions`, body, options);
}
