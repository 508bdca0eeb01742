// Role strings exactly as the backend sends them.
export const ROLES = Object.freeze([
  'ADMIN',
  'MANAGER',
  'QA_LEAD',
  'QA_MONITOR',
  'AGENT',
  'DEPT_HANDLER',
  'CALLBACK_AGENT',
  'PUBLIC_SUPERVISOR',
]);

/** Every internal role: all but the external PUBLIC_SUPERVISOR. */
export const STAFF_ROLES = Object.freeze(ROLES.filter((r) => r !== 'PUBLIC_SUPERVISOR'));

/**
 * Whether a user with `userRoles` may open a route whose meta.roles is `allowed`:
 *  - 'ANY'        any logged-in user
 *  - 'ALL_STAFF'  any logged-in user holding at least one internal (non PUBLIC_SUPERVISOR) role
 *  - [..roles]    a user holding at least one of the listed roles
 * A route without meta.roles is treated as 'ANY'.
 */
export function canAccess(allowed, userRoles = []) {
  if (allowed === undefined || allowed === null || allowed === 'ANY') return true;
  if (allowed === 'ALL_STAFF') return userRoles.some((r) => STAFF_ROLES.includes(r));
  if (Array.isArray(allowed)) return allowed.some((r) => userRoles.includes(r));
  return false;
}

/** Whether every record of a matched route allows these roles. */
export function canAccessRoute(route, userRoles) {
  return route.matched.every((record) => canAccess(record.meta?.roles, userRoles));
}
