// Formatting helpers shared by the recording pages.
import { useI18n } from 'vue-i18n';

/** Call times are shown (and entered) in the call centre's zone. China has had no DST since 1991. */
export const CALL_TIME_ZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET = '+08:00';

export const BUSINESS_LINES = Object.freeze(['DIGITAL_TV', 'HD', 'BROADBAND', 'MOBILE', 'FIXED_LINE', 'OTHER']);
export const RECORDING_STATUSES = Object.freeze(['RECEIVED', 'ANALYSED', 'INDEXED', 'RETRYING', 'QUARANTINED']);
export const DIRECTIONS = Object.freeze(['IN', 'OUT']);
export const SORTS = Object.freeze(['startedAt:desc', 'startedAt:asc', 'duration:desc', 'deadAir:desc']);
export const DEFAULT_SORT = 'startedAt:desc';

let dateTimeFormat = null;
function shanghaiParts(date) {
  if (!dateTimeFormat) {
    dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
      timeZone: CALL_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }
  const parts = {};
  for (const p of dateTimeFormat.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** '2026-10-21T02:25:00Z' -> '2026-10-21 10:25:00' (Asia/Shanghai); '' when empty. */
export function formatCallTime(value) {
  const date = toDate(value);
  if (!date) return value ? String(value) : '';
  const p = shanghaiParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** ISO instant -> Shanghai wall clock 'YYYY-MM-DD HH:mm:ss' (the value format of the date pickers). */
export function instantToWallClock(value) {
  return toDate(value) ? formatCallTime(value) : '';
}

/** Shanghai wall clock 'YYYY-MM-DD HH:mm:ss' (or 'YYYY-MM-DD') -> ISO instant ('...Z'); '' when invalid. */
export function wallClockToInstant(value) {
  if (!value) return '';
  const text = String(value).trim().replace(' ', 'T');
  const full = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00` : text;
  const date = new Date(full + SHANGHAI_OFFSET);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Today's date in Shanghai as 'YYYY-MM-DD'. */
export function shanghaiToday(now = new Date()) {
  const p = shanghaiParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'YYYY-MM-DD' plus n days (calendar arithmetic, no zone involved). */
export function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Seconds as a clock: 52.1 -> '0:52' (pad: '00:52'); an hour or more -> '1:02:03'.
 * Negative, null or NaN -> '' (callers show a dash).
 */
export function formatClock(seconds, { pad = false } = {}) {
  const n = Number(seconds);
  if (seconds === null || seconds === undefined || seconds === '' || !Number.isFinite(n) || n < 0) return '';
  const total = Math.floor(n + 1e-6);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return `${pad ? String(m).padStart(2, '0') : m}:${ss}`;
}

/** A number of seconds with one decimal: 6.2 -> '6.2'. */
export function formatSeconds(value, digits = 1) {
  const n = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) return '';
  return n.toFixed(digits);
}

/** Bytes in a human unit. */
export function formatBytes(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** A ratio 0..1 as a percentage: 0.39 -> '39%'. */
export function formatPercent(ratio, digits = 0) {
  const n = Number(ratio);
  if (ratio === null || ratio === undefined || !Number.isFinite(n)) return '';
  return `${(n * 100).toFixed(digits)}%`;
}

/**
 * Splits a search-hit snippet into text runs. The server marks matches with <em>..</em> and nothing else;
 * everything that is not exactly "<em>" or "</em>" stays text (Vue escapes it when rendering), so a
 * transcript containing markup can never inject HTML.
 * '我要<em>投诉</em>你们' -> [{text:'我要', em:false}, {text:'投诉', em:true}, {text:'你们', em:false}]
 */
// The server escapes the text (&lt; &amp; ...) and adds only <em> marks; decode after splitting,
// then render as plain text, so no markup from a transcript can ever reach the page.
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };
function decodeEntities(text) {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F);/g, (m) => ENTITIES[m] ?? m);
}

export function splitHighlight(html) {
  const runs = [];
  if (html === null || html === undefined) return runs;
  const parts = String(html).split(/(<em>|<\/em>)/i);
  let em = false;
  for (const part of parts) {
    if (/^<em>$/i.test(part)) em = true;
    else if (/^<\/em>$/i.test(part)) em = false;
    else if (part) {
      const last = runs[runs.length - 1];
      const text = decodeEntities(part);
      if (last && last.em === em) last.text += text;
      else runs.push({ text, em });
    }
  }
  return runs;
}

export function statusTagType(status) {
  switch (status) {
    case 'INDEXED':
      return 'success';
    case 'ANALYSED':
      return 'primary';
    case 'RETRYING':
      return 'warning';
    case 'QUARANTINED':
      return 'danger';
    default:
      return 'info';
  }
}

export function backfillTagType(status) {
  switch (status) {
    case 'RUNNING':
      return 'primary';
    case 'DONE':
      return 'success';
    case 'PAUSED':
      return 'warning';
    case 'FAILED':
      return 'danger';
    default:
      return 'info';
  }
}

/** Translators for the coded values (unknown codes are shown as they are). */
export function useRecordingLabels() {
  const { t, te } = useI18n();
  const label = (prefix) => (code) => {
    if (code === null || code === undefined || code === '') return t('common.none');
    return te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : String(code);
  };
  return {
    businessLine: label('businessLines'),
    status: label('recordings.statuses'),
    direction: label('recordings.directions'),
    speaker: label('recordings.speakers'),
    backfillStatus: label('ingest.backfillStatuses'),
    missingSource: label('ingest.sources'),
  };
}

/** Human duration for ETAs: 75 -> '1 min 15 s' (uses the shared duration.* texts). */
export function useHumanDuration() {
  const { t } = useI18n();
  return (totalSeconds) => {
    const n = Number(totalSeconds);
    if (totalSeconds === null || totalSeconds === undefined || !Number.isFinite(n) || n < 0) return t('common.none');
    const s = Math.round(n);
    if (s < 60) return t('duration.seconds', { s });
    if (s < 3600) return t('duration.minutes', { m: Math.floor(s / 60), s: s % 60 });
    if (s < 86400) return t('duration.hours', { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) });
    return t('duration.days', { d: Math.floor(s / 86400), h: Math.floor((s % 86400) / 3600) });
  };
}
