package org.qualitywatch.notification.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The signed-in user's notifications, including those to their department. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "DEPT_HANDLER", "CALLBACK_AGENT", "AGENT",
        "PUBLIC_SUPERVISOR"})
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    public record NotificationView(long id, String kind, String title, String body, String link, Instant createdAt,
                                   Instant readAt, String readBy, String department) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.title(), n.body(), n.link(), n.createdAt(), n.readAt(),
                    n.readBy(), n.recipientDepartment());
        }
    }

    @GET
    public List<NotificationView> mine(@QueryParam("unread") boolean unreadOnly, @QueryParam("size") Integer size) {
        AuthenticatedUser me = currentUser.require();
        return notifications.mine(me.username(), me.department(), unreadOnly, size == null ? 20 : size).stream()
                .map(NotificationView::of).toList();
    }

    @GET
    @Path("/unread-count")
    public Map<String, Long> unreadCount() {
        AuthenticatedUser me = currentUser.require();
        return Map.of("unread", notifications.unread(me.username(), me.department()));
    }

    @POST
    @Path("/{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        AuthenticatedUser me = currentUser.require();
        return NotificationView.of(notifications.markRead(id, me.username(), me.department()));
    }

    @POST
    @Path("/read-all")
    public Map<String, Integer> readAll() {
        AuthenticatedUser me = currentUser.require();
        return Map.of("marked", notifications.markAllRead(me.username(), me.department()));
    }
}
