import { useI18n } from 'vue-i18n';

/** Translated role name; unknown roles are shown as their code. */
export function useRoleName() {
  const { t, te } = useI18n();
  return (code) => (te(`roles.${code}`) ? t(`roles.${code}`) : code);
}

/** Tag colour per role, so the same role looks the same everywhere. */
export function roleTagType(code) {
  switch (code) {
    case 'ADMIN':
      return 'danger';
    case 'MANAGER':
      return 'warning';
    case 'QA_LEAD':
    case 'QA_MONITOR':
      return 'success';
    case 'PUBLIC_SUPERVISOR':
      return 'info';
    default:
      return 'primary';
  }
}
