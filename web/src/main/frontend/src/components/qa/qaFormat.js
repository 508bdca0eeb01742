// Shared helpers of the QA pages: labels, tag colours and the answers object of a scorecard.
import { useI18n } from 'vue-i18n';

export const EVALUATION_STATUSES = Object.freeze(['ASSIGNED', 'IN_PROGRESS', 'RELEASED', 'ACKNOWLEDGED', 'APPEALED', 'FINAL']);
export const APPEAL_STATUSES = Object.freeze(['OPEN', 'UPHELD', 'ADJUSTED']);
export const ITEM_TYPES = Object.freeze(['YES_NO', 'SCALE', 'DEDUCTION']);
export const FAILURES = Object.freeze(['NONE', 'SECTION', 'FATAL']);

/** Roles that may open recordings (agents may not, yet). */
export const RECORDING_ROLES = Object.freeze(['ADMIN', 'MANAGER', 'QA_LEAD', 'QA_MONITOR']);

export function evaluationStatusTagType(status) {
  switch (status) {
    case 'ASSIGNED':
      return 'info';
    case 'IN_PROGRESS':
      return 'primary';
    case 'RELEASED':
      return 'warning';
    case 'ACKNOWLEDGED':
    case 'FINAL':
      return 'success';
    case 'APPEALED':
      return 'danger';
    default:
      return 'info';
  }
}

export function appealStatusTagType(status) {
  if (status === 'OPEN') return 'danger';
  if (status === 'ADJUSTED') return 'warning';
  if (status === 'UPHELD') return 'success';
  return 'info';
}

/** Translated labels; unknown codes are shown as they are. */
export function useQaLabels() {
  const { t, te } = useI18n();
  const label = (prefix) => (code) => {
    if (code === null || code === undefined || code === '') return t('common.none');
    return te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : String(code);
  };
  return {
    status: label('qa.statuses'),
    appealStatus: label('qa.appealStatuses'),
    origin: label('qa.origins'),
    itemType: label('qa.itemTypes'),
    failure: label('qa.failures'),
    scoreKind: label('qa.scoreKinds'),
    caseKind: label('qa.caseKinds'),
  };
}

/** JSON string (or an object already) → object; null when empty or invalid. */
export function parseJson(value) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object') return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** All items of a definition, in order, each with its section. */
export function definitionItems(definition) {
  const out = [];
  for (const section of definition?.sections || []) {
    for (const item of section.items || []) out.push({ ...item, sectionCode: section.code, sectionName: section.name });
  }
  return out;
}

function emptyAnswer() {
  return { na: false, yes: null, value: null, occurrences: null };
}

/**
 * A full answers object for the definition: every item present (unanswered ones empty), values taken
 * from `source` where it has them.
 */
export function buildAnswers(definition, source) {
  const from = parseJson(source) || {};
  const answers = {};
  for (const item of definitionItems(definition)) {
    const a = from[item.code] || {};
    answers[item.code] = {
      ...emptyAnswer(),
      na: a.na === true,
      yes: typeof a.yes === 'boolean' ? a.yes : null,
      value: Number.isFinite(Number(a.value)) && a.value !== null && a.value !== '' ? Number(a.value) : null,
      occurrences: Number.isFinite(Number(a.occurrences)) && a.occurrences !== null && a.occurrences !== '' ? Number(a.occurrences) : null,
    };
  }
  return answers;
}

/** The answers as sent to the server: N/A items as { na: true }. */
export function answersPayload(answers) {
  const out = {};
  for (const [code, a] of Object.entries(answers || {})) {
    out[code] = a.na ? { na: true } : { na: false, yes: a.yes ?? null, value: a.value ?? null, occurrences: a.occurrences ?? null };
  }
  return out;
}

/** Whether an item has an answer (N/A counts). */
export function isAnswered(item, answer) {
  if (!answer) return false;
  if (answer.na) return true;
  if (item.type === 'YES_NO') return typeof answer.yes === 'boolean';
  if (item.type === 'SCALE') return answer.value !== null && answer.value !== undefined;
  if (item.type === 'DEDUCTION') return answer.occurrences !== null && answer.occurrences !== undefined;
  return false;
}

/** Sum of the points an item can earn (deductions excluded). */
export function positivePoints(definition) {
  return definitionItems(definition)
    .filter((i) => i.type !== 'DEDUCTION')
    .reduce((sum, i) => sum + (Number(i.points) || 0), 0);
}

/** '2026-10-21T02:25:00Z' → 'HH:mm:ss' in the browser's zone. */
export function formatTimeOfDay(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** A score as text: 87.5 → '87.5'; null → ''. */
export function formatScore(value) {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return String(Math.round(n * 10) / 10);
}
