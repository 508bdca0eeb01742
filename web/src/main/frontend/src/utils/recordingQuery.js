// The recordings search filters <-> the page URL query <-> the API query.
// The URL uses the API's own parameter names, so a search can be reloaded, shared and sent as it is.
import { DEFAULT_SORT, SORTS, DIRECTIONS } from '@/utils/recordingFormat';

const LIST_KEYS = ['agent', 'team', 'businessLine'];
const NUMBER_KEYS = ['minDuration', 'maxDuration', 'deadAirOver'];

function first(value) {
  return Array.isArray(value) ? value[0] : value;
}

function list(value) {
  if (value === undefined || value === null || value === '') return [];
  const values = Array.isArray(value) ? value : [value];
  return [...new Set(values.filter((v) => typeof v === 'string' && v !== ''))];
}

function number(value) {
  const v = first(value);
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** An empty filter set. */
export function emptyFilters() {
  return {
    q: '',
    from: '',
    to: '',
    agent: [],
    team: [],
    businessLine: [],
    direction: '',
    minDuration: null,
    maxDuration: null,
    deadAirOver: null,
    crossTalk: false,
    workOrder: '',
    quarantined: '',
    sort: DEFAULT_SORT,
  };
}

/** Reads the filters from the route query (unknown or malformed values are dropped). */
export function filtersFromQuery(query = {}) {
  const f = emptyFilters();
  f.q = String(first(query.q) ?? '');
  f.from = String(first(query.from) ?? '');
  f.to = String(first(query.to) ?? '');
  for (const key of LIST_KEYS) f[key] = list(query[key]);
  const direction = first(query.direction);
  f.direction = DIRECTIONS.includes(direction) ? direction : '';
  for (const key of NUMBER_KEYS) f[key] = number(query[key]);
  f.crossTalk = first(query.crossTalk) === 'true';
  f.workOrder = String(first(query.workOrder) ?? '');
  const quarantined = first(query.quarantined);
  f.quarantined = quarantined === 'true' || quarantined === 'false' ? quarantined : '';
  const sort = first(query.sort);
  f.sort = SORTS.includes(sort) ? sort : DEFAULT_SORT;
  return f;
}

/** The route query (and API query) for a filter set; empty values and the default sort are left out. */
export function queryFromFilters(f) {
  const query = {};
  const q = (f.q || '').trim();
  if (q) query.q = q;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  for (const key of LIST_KEYS) if (f[key]?.length) query[key] = [...f[key]];
  if (f.direction) query.direction = f.direction;
  for (const key of NUMBER_KEYS) {
    if (f[key] !== null && f[key] !== undefined && f[key] !== '' && Number.isFinite(Number(f[key]))) query[key] = String(f[key]);
  }
  if (f.crossTalk) query.crossTalk = 'true';
  const workOrder = (f.workOrder || '').trim();
  if (workOrder) query.workOrder = workOrder;
  if (f.quarantined === 'true' || f.quarantined === 'false') query.quarantined = f.quarantined;
  if (f.sort && f.sort !== DEFAULT_SORT) query.sort = f.sort;
  return query;
}

/** A stable text form of a query, to tell whether two queries ask for the same search. */
export function queryKey(query) {
  const keys = Object.keys(query).sort();
  return JSON.stringify(keys.map((k) => [k, Array.isArray(query[k]) ? query[k] : [query[k]]]));
}
