package org.qualitywatch.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something a person or a department must look at, with a link to it. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user")
    private String recipientUser;

    @Column(name = "recipient_department")
    private String recipientDepartment;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    private String body;
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    protected Notification() {
    }

    private Notification(String user, String department, String kind, String title, String body, String link,
                         Instant at) {
        this.recipientUser = user;
        this.recipientDepartment = department;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = at;
    }

    public static Notification toDepartment(String department, String kind, String title, String body, String link,
                                            Instant at) {
        return new Notification(null, department, kind, title, body, link, at);
    }

    public static Notification toUser(String username, String kind, String title, String body, String link,
                                      Instant at) {
        return new Notification(username, null, kind, title, body, link, at);
    }

    public void markRead(String username, Instant at) {
        if (readAt == null) {
            readAt = at;
            readBy = username;
        }
    }

    /** Whether the user (with this department, may be null) is a recipient. */
    public boolean isFor(String username, String department) {
        return username.equals(recipientUser) || (department != null && department.equals(recipientDepartment));
    }

    public Long id() { return id; }
    public String recipientUser() { return recipientUser; }
    public String recipientDepartment() { return recipientDepartment; }
    public String kind() { return kind; }
    public String title() { return title; }
    public String body() { return body; }
    public String link() { return link; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public String readBy() { return readBy; }
}
