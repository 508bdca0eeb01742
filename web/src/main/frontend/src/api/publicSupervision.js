// Client for the staff side of 社会监督 (public supervision): the supervisors' roster and invitations,
// the supervisors' reports and their triage, the report templates, the monthly summary and the meetings.
import { http } from '@/api/http';

const enc = encodeURIComponent;

/** GET /api/supervisors: [{ id, name, affiliation, kind, ..., status, username, invitationExpires, reports, lastReportAt, answered, satisfied }]. */
export function listSupervisors(options = {}) {
  return http.get('/api/supervisors', options);
}

/** POST /api/supervisors { name, affiliation, kind, phone, email, termStart, termEnd, notes }: the supervisor. */
export function createSupervisor(body, options = {}) {
  return http.post('/api/supervisors', body, options);
}

/** PUT /api/supervisors/{id} (same body as create): the supervisor. */
export function updateSupervisor(id, body, options = {}) {
  return http.put(`/api/supervisors/${enc(id)}`, body, options);
}

/** POST /api/supervisors/{id}/invitation: { supervisorId, code, expires } (the code is shown once). */
export function inviteSupervisor(id, options = {}) {
  return http.post(`/api/supervisors/${enc(id)}/invitation`, null, options);
}

/** POST /api/supervisors/{id}/renewal { termEnd }. */
export function renewSupervisor(id, termEnd, options = {}) {
  return http.post(`/api/supervisors/${enc(id)}/renewal`, { termEnd }, options);
}

/** POST /api/supervisors/{id}/deactivation. */
export function deactivateSupervisor(id, options = {}) {
  return http.post(`/api/supervisors/${enc(id)}/deactivation`, null, options);
}

/** POST /api/supervisors/invitations/acceptance { code, username, password } (no login): { username, name }. */
export function acceptInvitation(body, options = {}) {
  return http.post('/api/supervisors/invitations/acceptance', body, options);
}

/** GET /api/public-supervision/reports?status=: [StaffReport]. */
export function listStaffReports(status, options = {}) {
  return http.get('/api/public-supervision/reports', { ...options, query: { status } });
}

/** GET /api/public-supervision/reports/{id}: StaffReport = { report, supervisorId, supervisorName, affiliation, triage, ... }. */
export function getStaffReport(id, options = {}) {
  return http.get(`/api/public-supervision/reports/${enc(id)}`, options);
}

/** POST /api/public-supervision/reports/{id}/triage { decision, leadDepartment, matter, complaintId, note, reason }: StaffReport. */
export function triageReport(id, body, options = {}) {
  return http.post(`/api/public-supervision/reports/${enc(id)}/triage`, body, options);
}

/** POST /api/public-supervision/reports/{id}/answer { text }: StaffReport. */
export function answerReport(id, text, options = {}) {
  return http.post(`/api/public-supervision/reports/${enc(id)}/answer`, { text }, options);
}

/** The attachments base of a report for staff (see api/attachments.js). */
export function staffReportBase(id) {
  return `/api/public-supervision/reports/${enc(id)}`;
}

/** GET /api/public-supervision/templates: [{ id, visitType, version, status, definition: { title, items }, publishedAt }]. */
export function listTemplates(options = {}) {
  return http.get('/api/public-supervision/templates', options);
}

/** PUT /api/public-supervision/templates/{visitType} { definition }: the newly published version. */
export function publishTemplate(visitType, definition, options = {}) {
  return http.put(`/api/public-supervision/templates/${enc(visitType)}`, { definition }, options);
}

/** GET /api/public-supervision/summary?month=YYYY-MM. */
export function getSummary(month, options = {}) {
  return http.get('/api/public-supervision/summary', { ...options, query: { month } });
}

/** GET /api/public-supervision/meetings. */
export function listMeetings(options = {}) {
  return http.get('/api/public-supervision/meetings', options);
}

/** POST /api/public-supervision/meetings { heldOn, title, attendees, minutes, actions: [{ decision, followUp, supervisionOrderId }] }. */
export function createMeeting(body, options = {}) {
  return http.post('/api/public-supervision/meetings', body, options);
}
