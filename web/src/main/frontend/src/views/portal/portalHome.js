// The public supervisors' home is the portal: '/' sends a user holding only PUBLIC_SUPERVISOR there.
import { useSessionStore } from '@/stores/session';
import { STAFF_ROLES } from '@/router/access';

export function isSupervisorOnly(roles = []) {
  return roles.includes('PUBLIC_SUPERVISOR') && !roles.some((r) => STAFF_ROLES.includes(r));
}

/** beforeEnter of the home route. */
export function supervisorHome() {
  const session = useSessionStore();
  return isSupervisorOnly(session.roles) ? { name: 'portal', replace: true } : true;
}
