// Coded values, tag colours and texts shared by the work-order pages.
// Times are shown with formatCallTime (Asia/Shanghai) from recordingFormat.js.
import { useI18n } from 'vue-i18n';

export { BUSINESS_LINES } from '@/utils/recordingFormat';

export const WORK_ORDER_TYPES = Object.freeze(['CONSULT', 'REPAIR', 'COMPLAINT', 'SUGGESTION', 'HELP']);
export const WORK_ORDER_CHANNELS = Object.freeze(['PHONE', 'WEB', 'WALK_IN', 'EXTERNAL']);
export const WORK_ORDER_STATUSES = Object.freeze([
  'ACCEPTED',
  'PRE_PROCESSED',
  'DISPATCHED',
  'CONTACTED',
  'RESOLVED',
  'CALLED_BACK',
  'ARCHIVED',
  'REOPENED',
]);
/** The regulator's top level of the three-level category (offered in the filter even before any facet). */
export const CATEGORY_TOP_LEVELS = Object.freeze(['用户服务', '网络质量', '收费争议']);
export const WORK_ORDER_SORTS = Object.freeze(['acceptedAt:desc', 'acceptedAt:asc', 'dueAt:asc']);
export const DEFAULT_WORK_ORDER_SORT = 'acceptedAt:desc';
/** Actions that hand the order to a department: the dialog asks for the department and a reason. */
export const HAND_OFF_ACTIONS = Object.freeze(['DISPATCH', 'TRANSFER']);
export const IMPORT_PRESETS = Object.freeze(['callcenter']);
export const DEFAULT_IMPORT_PRESET = 'callcenter';

export function workOrderStatusTagType(status) {
  switch (status) {
    case 'ACCEPTED':
      return 'info';
    case 'DISPATCHED':
    case 'CONTACTED':
      return 'primary';
    case 'RESOLVED':
      return 'warning';
    case 'PRE_PROCESSED':
    case 'CALLED_BACK':
    case 'ARCHIVED':
      return 'success';
    case 'REOPENED':
      return 'danger';
    default:
      return 'info';
  }
}

export function workOrderTypeTagType(type) {
  switch (type) {
    case 'COMPLAINT':
      return 'danger';
    case 'REPAIR':
      return 'warning';
    case 'SUGGESTION':
      return 'success';
    case 'HELP':
      return 'primary';
    default:
      return 'info';
  }
}

/** el-timeline-item type per event kind. */
export function eventTimelineType(kind) {
  switch (kind) {
    case 'ACCEPTED':
      return 'primary';
    case 'PRE_PROCESSED':
    case 'RESOLVED':
    case 'CALLED_BACK':
    case 'ARCHIVED':
    case 'CUSTOMER_INFORMED':
      return 'success';
    case 'TRANSFERRED':
    case 'CHASED':
      return 'warning';
    case 'REOPENED':
      return 'danger';
    default:
      return 'info';
  }
}

export function actionButtonType(action) {
  switch (action) {
    case 'REOPEN':
      return 'danger';
    case 'CHASE':
    case 'TRANSFER':
      return 'warning';
    case 'ARCHIVE':
    case 'PRE_PROCESS':
      return 'success';
    default:
      return 'primary';
  }
}

export function actionIcon(action) {
  switch (action) {
    case 'PRE_PROCESS':
      return 'CircleCheck';
    case 'DISPATCH':
      return 'Promotion';
    case 'TRANSFER':
      return 'Switch';
    case 'CONTACT':
      return 'Phone';
    case 'RESOLVE':
      return 'Finished';
    case 'CALL_BACK':
      return 'ChatDotRound';
    case 'ARCHIVE':
      return 'FolderChecked';
    case 'REOPEN':
      return 'RefreshLeft';
    case 'CHASE':
      return 'Bell';
    case 'INFORM_CUSTOMER':
      return 'Message';
    default:
      return 'Operation';
  }
}

export function importTagType(status) {
  switch (status) {
    case 'RUNNING':
      return 'primary';
    case 'DONE':
      return 'success';
    case 'FAILED':
      return 'danger';
    default:
      return 'info';
  }
}

/** A number of minutes as { d, h, m } (absolute value, whole minutes). */
export function splitMinutes(minutes) {
  const total = Math.round(Math.abs(Number(minutes)));
  return { d: Math.floor(total / 1440), h: Math.floor((total % 1440) / 60), m: total % 60 };
}

/** Minutes are counted as numbers only when they are finite numbers (null means "no clock"). */
export function isMinutes(value) {
  return value !== null && value !== undefined && value !== '' && Number.isFinite(Number(value));
}

/** ['网络质量', '数字电视', '马赛克/卡顿'] -> '网络质量 › 数字电视 › 马赛克/卡顿' (levels may contain '/') ('' when none). */
export function categoryPath(category) {
  if (Array.isArray(category)) return category.filter((c) => c !== null && c !== undefined && c !== '').join(' › ');
  return category ? String(category) : '';
}

/** Translators for the coded values (unknown codes are shown as they are) and the time-left texts. */
export function useWorkOrderLabels() {
  const { t, te } = useI18n();
  const label = (prefix) => (code) => {
    if (code === null || code === undefined || code === '') return t('common.none');
    return te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : String(code);
  };

  /** 95 -> '1小时35分' / '1 h 35 min'. */
  function span(minutes) {
    const { d, h, m } = splitMinutes(minutes);
    if (d > 0) return h ? t('workOrders.span.days', { d, h }) : t('workOrders.span.daysOnly', { d });
    if (h > 0) return m ? t('workOrders.span.hours', { h, m }) : t('workOrders.span.hoursOnly', { h });
    return t('workOrders.span.minutes', { m });
  }

  /** '超时 1小时35分' for -95 (or any overdue clock), '剩余 12分钟' for 12, '—' without a clock. */
  function timeLeft(minutesLeft, overdue) {
    if (!isMinutes(minutesLeft)) return overdue ? t('workOrders.timeLeft.overdueNoSpan') : t('common.none');
    const n = Number(minutesLeft);
    if (n < 0) return t('workOrders.timeLeft.overdue', { span: span(n) });
    if (overdue) return t('workOrders.timeLeft.overdueNoSpan');
    return t('workOrders.timeLeft.left', { span: span(n) });
  }

  return {
    type: label('workOrders.types'),
    channel: label('workOrders.channels'),
    status: label('workOrders.statuses'),
    businessLine: label('businessLines'),
    eventKind: label('workOrder.events'),
    action: label('workOrder.actions.labels'),
    stage: label('workOrder.stages'),
    source: label('workOrder.sources'),
    importStatus: label('workOrderImport.statuses'),
    preset: label('workOrderImport.presets'),
    span,
    timeLeft,
  };
}
