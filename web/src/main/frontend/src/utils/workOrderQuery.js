// The work-order search filters <-> the page URL query <-> the API query.
// The URL uses the API's own parameter names, so a search can be reloaded, shared and sent as it is.
// List filters are sent as repeated parameters (status=A&status=B), like the recordings search.
import { DEFAULT_WORK_ORDER_SORT, WORK_ORDER_SORTS } from '@/utils/workOrderFormat';

export const WORK_ORDER_LIST_KEYS = Object.freeze(['status', 'type', 'businessLine', 'category', 'district', 'department']);

function first(value) {
  return Array.isArray(value) ? value[0] : value;
}

function list(value) {
  if (value === undefined || value === null || value === '') return [];
  const values = Array.isArray(value) ? value : [value];
  return [...new Set(values.filter((v) => typeof v === 'string' && v !== ''))];
}

/** An empty filter set. */
export function emptyWorkOrderFilters() {
  return {
    q: '',
    from: '',
    to: '',
    status: [],
    type: [],
    businessLine: [],
    category: [],
    district: [],
    department: [],
    overdue: false,
    sort: DEFAULT_WORK_ORDER_SORT,
  };
}

/** Reads the filters from the route query (unknown or malformed values are dropped). */
export function workOrderFiltersFromQuery(query = {}) {
  const f = emptyWorkOrderFilters();
  f.q = String(first(query.q) ?? '');
  f.from = String(first(query.from) ?? '');
  f.to = String(first(query.to) ?? '');
  for (const key of WORK_ORDER_LIST_KEYS) f[key] = list(query[key]);
  f.overdue = first(query.overdue) === 'true';
  const sort = first(query.sort);
  f.sort = WORK_ORDER_SORTS.includes(sort) ? sort : DEFAULT_WORK_ORDER_SORT;
  return f;
}

/** The route query (and API query) for a filter set; empty values and the default sort are left out. */
export function workOrderQueryFromFilters(f) {
  const query = {};
  const q = (f.q || '').trim();
  if (q) query.q = q;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  for (const key of WORK_ORDER_LIST_KEYS) if (f[key]?.length) query[key] = [...f[key]];
  if (f.overdue) query.overdue = 'true';
  if (f.sort && f.sort !== DEFAULT_WORK_ORDER_SORT) query.sort = f.sort;
  return query;
}

export { queryKey } from '@/utils/recordingQuery';
