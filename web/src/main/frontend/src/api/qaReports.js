// Client for the QA reports (质检报表).
import { http } from '@/api/http';

/**
 * GET /api/qa-reports?from=&to=&interval=week|month: { evaluations, mean, byAgent, byTeam, byMonth,
 * distribution, trend, failedItems, appeals, monitors } (from/to: yyyy-MM-dd, to included).
 */
export function getQaReport({ from, to, interval } = {}, options = {}) {
  return http.get('/api/qa-reports', { ...options, query: { from, to, interval } });
}

/** The URL of the XLSX export (a plain link: the session cookie goes along). */
export function qaReportExportUrl({ from, to, interval } = {}) {
  const params = new URLSearchParams();
  if (from) params.append('from', from);
  if (to) params.append('to', to);
  if (interval) params.append('interval', interval);
  return `/api/qa-reports/export.xlsx?${params.toString()}`;
}
