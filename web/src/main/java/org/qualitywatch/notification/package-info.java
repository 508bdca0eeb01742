/**
 * Notifications to a person or a department: an order sent back by a dissatisfied customer, an
 * evaluation released, an appeal decided. Kept in PostgreSQL so every server node shows the same
 * inbox; the UI polls the unread count.
 */
package org.qualitywatch.notification;
