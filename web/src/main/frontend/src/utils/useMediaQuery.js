import { onBeforeUnmount, ref } from 'vue';

/** Reactive window.matchMedia(query).matches. */
export function useMediaQuery(query) {
  const mql = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const matches = ref(mql ? mql.matches : false);
  const onChange = (e) => {
    matches.value = e.matches;
  };
  if (mql) mql.addEventListener('change', onChange);
  onBeforeUnmount(() => {
    if (mql) mql.removeEventListener('change', onChange);
  });
  return matches;
}

/** Narrow screens (phones): below 768px. */
export const MOBILE_QUERY = '(max-width: 767px)';
