// Client for the complaint tallies (投诉统计) and rates (投诉率).
import { http } from '@/api/http';

/** Only the filter parameters that are set (the same names as the case list's query). */
export function complaintQuery(filter = {}) {
  const q = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    q[k] = Array.isArray(v) ? v.join(',') : v;
  }
  return q;
}

/**
 * GET /api/complaint-dashboard?from=&to=&source=&businessLine=&district=&department= →
 * { total, overdue, escalated, repeats, refunds, refundTotal, bySource, byCategory, byDistrict, byDepartment,
 *   byBusinessLine, byStatus, byMonth }; every figure has a `filter` that lists the cases behind it.
 */
export function getComplaintDashboard(filter, options = {}) {
  return http.get('/api/complaint-dashboard', { ...options, query: complaintQuery(filter) });
}

/** GET /api/complaint-dashboard/cases?(filters)&offset=&limit= → { total, rows } (phones masked). */
export function getComplaintCases(filter, { offset = 0, limit = 50 } = {}, options = {}) {
  return http.get('/api/complaint-dashboard/cases', { ...options, query: { ...complaintQuery(filter), offset, limit } });
}

/** URL of the XLSX export of one tally ('bySource', 'byCategory', …) or 'all'. */
export function complaintTallyExportUrl(filter, tally = 'all') {
  const params = new URLSearchParams({ ...complaintQuery(filter), tally });
  return `/api/complaint-dashboard/export.xlsx?${params.toString()}`;
}

/** URL of the XLSX export of the case list (phones masked). */
export function complaintCasesExportUrl(filter) {
  return `/api/complaints/export.xlsx?${new URLSearchParams(complaintQuery(filter)).toString()}`;
}

/** GET /api/complaint-rates?year= → { year, lines, all, quarters }. */
export function getComplaintRates(year, options = {}) {
  return http.get('/api/complaint-rates', { ...options, query: { year } });
}

export function getRateTargets(options = {}) {
  return http.get('/api/complaint-rates/targets', options);
}

/** PUT the whole target list: [{ businessLine: '*' | code, perTenThousand }]. */
export function saveRateTargets(targets, options = {}) {
  return http.put('/api/complaint-rates/targets', targets, options);
}

export function getSubscriberCounts(year, options = {}) {
  return http.get('/api/subscriber-counts', { ...options, query: { year } });
}

/** PUT [{ businessLine, month: 'yyyy-MM', subscribers (null removes) }] → { changed }. */
export function saveSubscriberCounts(rows, options = {}) {
  return http.put('/api/subscriber-counts', rows, options);
}
