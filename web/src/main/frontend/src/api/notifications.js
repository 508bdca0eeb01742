// Client for the signed-in user's notifications (their own and their department's).
import { http } from '@/api/http';

/** GET /api/notifications?unread=&size=: [{ id, kind, title, body, link, createdAt, readAt, readBy, department }]. */
export function listNotifications({ unread = false, size = 20 } = {}, options = {}) {
  return http.get('/api/notifications', { ...options, query: { unread, size } });
}

/** GET /api/notifications/unread-count: { unread }. */
export function getUnreadCount(options = {}) {
  return http.get('/api/notifications/unread-count', options);
}

/** POST /api/notifications/{id}/read: the notification, now read. */
export function markNotificationRead(id, options = {}) {
  return http.post(`/api/notifications/${encodeURIComponent(id)}/read`, {}, options);
}

/** POST /api/notifications/read-all: { marked }. */
export function markAllNotificationsRead(options = {}) {
  return http.post('/api/notifications/read-all', {}, options);
}
