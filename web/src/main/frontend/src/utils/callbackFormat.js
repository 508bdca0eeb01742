// Coded values, tag colours and texts of the callback (回访) and first-contact (首问负责) pages.
import { useI18n } from 'vue-i18n';
import { addDays, shanghaiToday, wallClockToInstant } from '@/utils/recordingFormat';

export const CALLBACK_STATUSES = Object.freeze(['PENDING', 'RETRY', 'DONE', 'UNREACHABLE']);
/** The workbench tabs and the statuses each one lists (待回访 includes the tasks waiting for a redial). */
export const CALLBACK_TABS = Object.freeze([
  { name: 'PENDING', statuses: ['PENDING', 'RETRY'] },
  { name: 'DONE', statuses: ['DONE'] },
  { name: 'UNREACHABLE', statuses: ['UNREACHABLE'] },
]);
/** Tasks whose result can still be recorded (DONE ones are shown read-only). */
export const OPEN_CALLBACK_STATUSES = Object.freeze(['PENDING', 'RETRY', 'UNREACHABLE']);
/** The on-site visit checklist of a repair order, in display order. */
export const CHECKLIST_ITEMS = Object.freeze(['badge', 'shoeCovers', 'contactedWithin20Min', 'onTime', 'attitude', 'fixed']);
export const SATISFACTION_LEVELS = Object.freeze([1, 2, 3, 4, 5]);
/** A satisfaction at or below this sends the order back to its department (server rule, mirrored for the hint). */
export const REOPEN_SATISFACTION_MAX = 2;

export const FIRST_CONTACT_KINDS = Object.freeze(['NO_FIRST_RECEIVER', 'BOUNCED', 'NOT_REPORTED_BACK_UNCHASED', 'CLOSED_WITHOUT_INFORMING']);
export const RESOLUTION_WINDOWS = Object.freeze([24, 48, 72]);
export const DEFAULT_RESOLUTION_WINDOW = 48;
export const RESOLUTION_KEYS = Object.freeze(['phone', 'customerId']);
export const DEFAULT_RESOLUTION_KEY = 'phone';

export function callbackStatusTagType(status) {
  switch (status) {
    case 'PENDING':
      return 'primary';
    case 'RETRY':
      return 'warning';
    case 'DONE':
      return 'success';
    case 'UNREACHABLE':
      return 'danger';
    default:
      return 'info';
  }
}

export function satisfactionTagType(level) {
  const n = Number(level);
  if (!Number.isFinite(n)) return 'info';
  if (n <= REOPEN_SATISFACTION_MAX) return 'danger';
  if (n === 3) return 'warning';
  return 'success';
}

export function firstContactKindTagType(kind) {
  switch (kind) {
    case 'NO_FIRST_RECEIVER':
      return 'danger';
    case 'BOUNCED':
      return 'warning';
    case 'NOT_REPORTED_BACK_UNCHASED':
      return 'primary';
    case 'CLOSED_WITHOUT_INFORMING':
      return 'info';
    default:
      return 'info';
  }
}

/** Whether a result (as sent or as answered) makes the server reopen the order. */
export function wouldReopen({ reached, satisfaction, checklist } = {}) {
  if (!reached) return false;
  if (Number.isFinite(Number(satisfaction)) && satisfaction !== null && Number(satisfaction) <= REOPEN_SATISFACTION_MAX) return true;
  return !!checklist && checklist.fixed === false;
}

/** A finite number or null. */
export function numberOrNull(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** 4.25 -> '4.3' ('' when not a number). */
export function formatScore(value, digits = 1) {
  const n = numberOrNull(value);
  return n === null ? '' : n.toFixed(digits);
}

/** A count that may be fractional (a planned sample of 12.5 orders): '12.5', '12'. */
export function formatCount(value) {
  const n = numberOrNull(value);
  if (n === null) return '';
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The last `days` Shanghai days as [from, to] ISO instants (from 00:00:00 to 23:59:59 of today). */
export function lastDaysRange(days = 30) {
  const today = shanghaiToday();
  return [wallClockToInstant(`${addDays(today, 1 - days)} 00:00:00`), wallClockToInstant(`${today} 23:59:59`)];
}

/** Translators for the coded values (unknown codes are shown as they are). */
export function useCallbackLabels() {
  const { t, te } = useI18n();
  const label = (prefix) => (code) => {
    if (code === null || code === undefined || code === '') return t('common.none');
    return te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : String(code);
  };
  return {
    status: label('callbacks.statuses'),
    checklist: label('callbacks.checklist'),
    satisfaction: label('callbacks.satisfaction'),
    kind: label('firstContact.kinds'),
    resolutionKey: label('firstContact.resolution.keys'),
  };
}
