// Date-time range pickers that edit Shanghai wall-clock times while the URL keeps ISO instants
// (the pattern of the recordings search, shared by the work-order pages).
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { addDays, instantToWallClock, shanghaiToday, wallClockToInstant } from '@/utils/recordingFormat';

/** Picking whole days selects 00:00:00 to 23:59:59. */
export const DEFAULT_TIME = Object.freeze([new Date(2000, 0, 1, 0, 0, 0), new Date(2000, 0, 1, 23, 59, 59)]);

/** A Date whose local fields read as the given Shanghai wall clock (what the picker displays). */
export function pickerDate(day, time) {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm, ss] = time.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm, ss);
}

/** v-model for an el-date-picker (datetimerange, value-format 'YYYY-MM-DD HH:mm:ss') over filters.from / filters.to. */
export function useInstantRange(filters, fromKey = 'from', toKey = 'to') {
  return computed({
    get: () => (filters[fromKey] && filters[toKey] ? [instantToWallClock(filters[fromKey]), instantToWallClock(filters[toKey])] : null),
    set: (value) => {
      filters[fromKey] = value?.[0] ? wallClockToInstant(value[0]) : '';
      filters[toKey] = value?.[1] ? wallClockToInstant(value[1]) : '';
    },
  });
}

/** Today / yesterday / last 7 / last 30 days, in Shanghai days. */
export function useTimeRangeShortcuts() {
  const { t, locale } = useI18n();
  return computed(() => {
    void locale.value;
    const range = (days) => () => {
      const today = shanghaiToday();
      return [pickerDate(addDays(today, 1 - days), '00:00:00'), pickerDate(today, '23:59:59')];
    };
    return [
      { text: t('timeRange.today'), value: range(1) },
      {
        text: t('timeRange.yesterday'),
        value: () => {
          const y = addDays(shanghaiToday(), -1);
          return [pickerDate(y, '00:00:00'), pickerDate(y, '23:59:59')];
        },
      },
      { text: t('timeRange.last7'), value: range(7) },
      { text: t('timeRange.last30'), value: range(30) },
    ];
  });
}
