// Shared constants and labels of 社会监督 (staff pages and the supervisors' portal).
import { useI18n } from 'vue-i18n';

export const SUPERVISOR_KINDS = Object.freeze(['DEPUTY', 'CPPCC', 'MEDIA', 'LAWYER', 'CUSTOMER', 'OTHER']);
export const SUPERVISOR_STATUSES = Object.freeze(['INVITED', 'ACTIVE', 'ENDED', 'DEACTIVATED']);
export const VISIT_TYPES = Object.freeze(['SERVICE_HALL', 'HOTLINE_CALL', 'FIELD_REPAIR', 'ONLINE']);
export const REPORT_STATUSES = Object.freeze(['DRAFT', 'SUBMITTED', 'IN_HANDLING', 'ANSWERED', 'CLOSED', 'DISPUTED']);
/** The statuses staff filter by (drafts stay with the supervisor). */
export const STAFF_REPORT_STATUSES = Object.freeze(['SUBMITTED', 'IN_HANDLING', 'ANSWERED', 'CLOSED', 'DISPUTED']);
export const ITEM_KINDS = Object.freeze(['RATING', 'YES_NO', 'TEXT']);
export const TRIAGE_DECISIONS = Object.freeze(['FINDING', 'MERGED', 'CLOSED']);

export const SUPERVISION_VIEW_ROLES = Object.freeze(['ADMIN', 'MANAGER', 'QA_LEAD']);
export const SUPERVISION_EDIT_ROLES = Object.freeze(['ADMIN', 'MANAGER']);

/** Translated labels, unknown codes shown as the code. */
export function useSupervisorLabels() {
  const { t, te } = useI18n();
  const label = (prefix) => (code) => (code && te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code || t('common.none'));
  return {
    kind: label('publicSupervision.kinds'),
    supervisorStatus: label('publicSupervision.supervisorStatuses'),
    visitType: label('publicSupervision.visitTypes'),
    reportStatus: label('publicSupervision.reportStatuses'),
    itemKind: label('publicSupervision.itemKinds'),
    triage: label('publicSupervision.triageDecisions'),
    rating: label('publicSupervision.ratings'),
  };
}

export function reportStatusTagType(status) {
  switch (status) {
    case 'DRAFT':
      return 'info';
    case 'SUBMITTED':
      return 'warning';
    case 'IN_HANDLING':
      return 'primary';
    case 'ANSWERED':
      return 'success';
    case 'CLOSED':
      return 'info';
    case 'DISPUTED':
      return 'danger';
    default:
      return 'info';
  }
}

export function supervisorStatusTagType(status) {
  switch (status) {
    case 'ACTIVE':
      return 'success';
    case 'INVITED':
      return 'warning';
    case 'DEACTIVATED':
      return 'danger';
    default:
      return 'info';
  }
}

/**
 * The template definition to show a report with: the report's own version when known, else the current
 * template of the same visit type (labels of older versions are looked up by code there).
 */
export function templateFor(templates, report) {
  if (!report || !Array.isArray(templates)) return null;
  const own = templates.find((tpl) => tpl.id === report.templateId);
  if (own) return own;
  const sameType = templates.filter((tpl) => tpl.visitType === report.visitType);
  return sameType.find((tpl) => tpl.status === 'PUBLISHED') || sameType.sort((a, b) => (b.version || 0) - (a.version || 0))[0] || null;
}

/**
 * The rows to show a report's answers with: the template's items in order (labels from the template),
 * then answers whose code the template does not know (shown with the code as label).
 */
export function answerRows(template, answers) {
  const items = template?.definition?.items || [];
  const values = answers || {};
  const rows = items.map((item) => ({ ...item, value: values[item.code] }));
  const known = new Set(items.map((i) => i.code));
  for (const [code, value] of Object.entries(values)) {
    if (!known.has(code)) rows.push({ code, label: code, kind: typeof value === 'number' ? 'RATING' : typeof value === 'boolean' ? 'YES_NO' : 'TEXT', value });
  }
  return rows;
}

/** Whether an answer counts as given (0 stars, '' and null do not). */
export function answered(value) {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return value > 0;
  return true;
}

/** 'YYYY-MM-DD' today plus n years (Feb 29 becomes Feb 28). */
export function plusYears(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y + n, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Whether a file is shown as a picture. */
export function isImage(attachment) {
  return /^image\//.test(attachment?.contentType || '');
}
export function isAudio(attachment) {
  return /^audio\//.test(attachment?.contentType || '');
}
