// Coded values, tag colours, labels and the list query of the complaint and supervision-order pages.
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { listComplaintSources } from '@/api/complaintSources';
import { listDepartments } from '@/api/workOrders';
import { COMPLAINT_PAGE_SIZE } from '@/api/complaints';

export const COMPLAINT_STATUSES = Object.freeze(['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'REPLIED', 'CLOSED']);
export const URGENCIES = Object.freeze(['NORMAL', 'URGENT', 'EMERGENCY']);
export const SATISFACTIONS = Object.freeze(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']);
export const COMPLAINT_ACTIONS = Object.freeze(['ACKNOWLEDGE', 'ASSIGN', 'LOG', 'RESPOND', 'RESOLVE', 'REPLY', 'CLOSE', 'REOPEN']);
export const DEADLINE_STAGES = Object.freeze(['ACKNOWLEDGE', 'RESPOND', 'RESOLVE', 'REPLY']);
export const SUPERVISION_STATUSES = Object.freeze(['ISSUED', 'REPLIED', 'ACCEPTED', 'RETURNED']);
export const SUPERVISION_ORIGINS = Object.freeze(['COMPLAINT', 'QA_FINDING', 'CALLBACK', 'SUPERVISOR_REPORT', 'OTHER']);
export const PAGE_SIZES = Object.freeze([20, 50, 100]);

/** Who may do what on these pages (the server decides in the end). */
export const COMPLAINT_CREATE_ROLES = Object.freeze(['ADMIN', 'MANAGER']);
export const SUPERVISION_ISSUE_ROLES = Object.freeze(['ADMIN', 'MANAGER', 'QA_LEAD']);
export const SUPERVISION_REPLY_ROLES = Object.freeze(['ADMIN', 'MANAGER', 'DEPT_HANDLER']);
export const SUPERVISION_DECIDE_ROLES = Object.freeze(['ADMIN', 'MANAGER', 'QA_LEAD']);
export const COMPLAINT_SOURCES_EDIT_ROLES = Object.freeze(['ADMIN', 'MANAGER']);

/** The fields each action asks for; `required` ones are checked before sending. */
export const ACTION_FIELDS = Object.freeze({
  ACKNOWLEDGE: { fields: ['note'], required: [] },
  ASSIGN: { fields: ['department', 'person', 'note'], required: ['department'] },
  LOG: { fields: ['note'], required: ['note'] },
  RESPOND: { fields: ['note'], required: [] },
  RESOLVE: { fields: ['note', 'satisfaction', 'refund'], required: ['note'] },
  REPLY: { fields: ['replyText', 'signedBy'], required: ['replyText', 'signedBy'] },
  CLOSE: { fields: ['satisfaction', 'note'], required: [] },
  REOPEN: { fields: ['note'], required: ['note'] },
});

export function complaintStatusTagType(status) {
  switch (status) {
    case 'RECEIVED':
      return 'danger';
    case 'ACKNOWLEDGED':
      return 'warning';
    case 'IN_PROGRESS':
      return 'primary';
    case 'RESOLVED':
    case 'REPLIED':
      return 'success';
    default:
      return 'info';
  }
}

export function supervisionStatusTagType(status) {
  switch (status) {
    case 'ISSUED':
      return 'warning';
    case 'REPLIED':
      return 'primary';
    case 'ACCEPTED':
      return 'success';
    case 'RETURNED':
      return 'danger';
    default:
      return 'info';
  }
}

export function complaintActionButtonType(action) {
  switch (action) {
    case 'REOPEN':
      return 'danger';
    case 'ASSIGN':
      return 'warning';
    case 'RESOLVE':
    case 'CLOSE':
      return 'success';
    default:
      return 'primary';
  }
}

export function eventTimelineType(kind) {
  switch (kind) {
    case 'RECEIVED':
    case 'ISSUED':
      return 'primary';
    case 'RESOLVED':
    case 'REPLIED':
    case 'CLOSED':
    case 'ACCEPTED':
      return 'success';
    case 'DEADLINE_NEAR':
    case 'ASSIGNED':
    case 'REPEAT_LINKED':
    case 'SUPERVISION_ISSUED':
      return 'warning';
    case 'DEADLINE_PASSED':
    case 'REOPENED':
    case 'RETURNED':
      return 'danger';
    default:
      return 'info';
  }
}

/** Minutes from now until an ISO instant (negative when past), null without one. */
export function minutesUntil(iso, now = Date.now()) {
  const at = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(at) ? Math.round((at - now) / 60000) : null;
}

/** A money amount with two decimals ('' when none). */
export function money(value) {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : String(value);
}

/** Translators for the coded values; unknown codes are shown as they are. */
export function useComplaintLabels() {
  const { t, te } = useI18n();
  const label = (prefix) => (code) => {
    if (code === null || code === undefined || code === '') return t('common.none');
    return te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : String(code);
  };
  return {
    status: label('complaints.statuses'),
    urgency: label('complaints.urgencies'),
    satisfaction: label('complaints.satisfactions'),
    action: label('complaints.actions.labels'),
    stage: label('complaints.stages'),
    eventKind: label('complaints.events'),
    supervisionStatus: label('supervision.statuses'),
    supervisionEvent: label('supervision.events'),
    origin: label('supervision.origins'),
  };
}

/** Source code -> name, read from /api/complaint-sources (the codes stand in until then). */
export function useComplaintSources() {
  const sources = ref([]);
  listComplaintSources()
    .then((list) => {
      sources.value = list;
    })
    .catch(() => {});
  const names = computed(() => new Map(sources.value.map((s) => [s.code, s.name || s.code])));
  const sourceName = (code) => (code ? names.value.get(code) || code : '');
  return { sources, sourceName };
}

/** The departments [{ code, name, kind }] from /api/departments (their names are the values sent). */
export function useDepartments() {
  const departments = ref([]);
  const loading = ref(true);
  listDepartments()
    .then((list) => {
      departments.value = list;
    })
    .catch(() => {})
    .finally(() => {
      loading.value = false;
    });
  return { departments, loading };
}

// ---------- the list filters <-> the URL query <-> the API query ----------

export const COMPLAINT_LIST_KEYS = Object.freeze(['source', 'status', 'businessLine', 'category', 'category2', 'district', 'department']);
export const COMPLAINT_FLAG_KEYS = Object.freeze(['overdue', 'escalated', 'repeat', 'refund']);

function first(value) {
  return Array.isArray(value) ? value[0] : value;
}

function list(value) {
  if (value === undefined || value === null || value === '') return [];
  const values = Array.isArray(value) ? value : [value];
  return [...new Set(values.filter((v) => typeof v === 'string' && v !== ''))];
}

function whole(value, fallback, min = 0) {
  const n = Number(first(value));
  return Number.isInteger(n) && n >= min ? n : fallback;
}

export function emptyComplaintFilters() {
  return {
    q: '',
    from: '',
    to: '',
    source: [],
    status: [],
    businessLine: [],
    category: [],
    category2: [],
    district: [],
    department: [],
    overdue: false,
    escalated: false,
    repeat: false,
    refund: false,
    size: COMPLAINT_PAGE_SIZE,
    offset: 0,
  };
}

/** Reads the filters from the route query (what the dashboard links with, e.g. ?source=CITY_12345&from=..&to=..). */
export function complaintFiltersFromQuery(query = {}) {
  const f = emptyComplaintFilters();
  f.q = String(first(query.q) ?? '');
  f.from = String(first(query.from) ?? '');
  f.to = String(first(query.to) ?? '');
  for (const key of COMPLAINT_LIST_KEYS) f[key] = list(query[key]);
  // the dashboard names the top category level category1
  if (!f.category.length) f.category = list(query.category1);
  for (const key of COMPLAINT_FLAG_KEYS) f[key] = first(query[key]) === 'true';
  f.size = whole(query.size, COMPLAINT_PAGE_SIZE, 1);
  f.offset = whole(query.offset, 0, 0);
  return f;
}

/** The route query (and API query); empty values, the default size and offset 0 are left out. */
export function complaintQueryFromFilters(f, { paging = true } = {}) {
  const query = {};
  const q = (f.q || '').trim();
  if (q) query.q = q;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  for (const key of COMPLAINT_LIST_KEYS) if (f[key]?.length) query[key] = [...f[key]];
  for (const key of COMPLAINT_FLAG_KEYS) if (f[key]) query[key] = 'true';
  if (paging) {
    if (f.size && f.size !== COMPLAINT_PAGE_SIZE) query.size = String(f.size);
    if (f.offset) query.offset = String(f.offset);
  }
  return query;
}
