package org.qualitywatch.supervision.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CsrfExempt;
import org.qualitywatch.supervision.application.Supervisors;
import org.qualitywatch.supervision.domain.Supervisor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The supervisors' roster (staff), and accepting an invitation (the invited person, not yet logged in). */
@Path("/supervisors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class SupervisorAdminResource {

    @Inject
    Supervisors supervisors;

    public record Profile(@NotNull(message = "give the name") String name, String affiliation, String kind, String phone,
                          String email, LocalDate termStart, LocalDate termEnd, String notes) {
        Supervisor.Profile toDomain() {
            Supervisor.Kind k;
            try {
                k = kind == null || kind.isBlank() ? Supervisor.Kind.OTHER : Supervisor.Kind.valueOf(kind.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("kind is DEPUTY, CPPCC, MEDIA, LAWYER, CUSTOMER or OTHER.");
            }
            LocalDate start = termStart == null ? LocalDate.now() : termStart;
            return new Supervisor.Profile(name, affiliation, k, phone, email, start,
                    termEnd == null ? start.plusYears(3) : termEnd, notes);
        }
    }

    public record SupervisorView(long id, String name, String affiliation, String kind, String phone, String email,
                                 LocalDate termStart, LocalDate termEnd, String status, String username,
                                 Instant invitationExpires, long reports, Instant lastReportAt, long answered,
                                 long satisfied) {
        static SupervisorView of(Supervisors.Activity a) {
            Supervisor s = a.supervisor();
            return new SupervisorView(s.id(), s.name(), s.affiliation(), s.kind().name(), s.phone(), s.email(),
                    s.termStart(), s.termEnd(), s.status().name(), s.username(), s.invitationExpires(), a.reports(),
                    a.lastReportAt(), a.answered(), a.satisfied());
        }

        static SupervisorView of(Supervisor s) {
            return of(new Supervisors.Activity(s, 0, null, 0, 0));
        }
    }

    public record Renewal(@NotNull(message = "give the new end of the term") LocalDate termEnd) {
    }

    public record Acceptance(String code, String username, String password) {
    }

    @GET
    public List<SupervisorView> roster() {
        return supervisors.roster().stream().map(SupervisorView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public SupervisorView enrol(@NotNull(message = "send the supervisor's profile") Profile p) {
        return SupervisorView.of(supervisors.enrol(p.toDomain()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public SupervisorView update(@PathParam("id") long id, @NotNull(message = "send the profile") Profile p) {
        return SupervisorView.of(supervisors.update(id, p.toDomain()));
    }

    /** A new invitation code, shown this once: hand it to the person with the portal address. */
    @POST
    @Path("/{id}/invitation")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Supervisors.Invitation invite(@PathParam("id") long id) {
        return supervisors.invite(id);
    }

    @POST
    @Path("/{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public SupervisorView renew(@PathParam("id") long id, @NotNull(message = "send {termEnd}") Renewal r) {
        return SupervisorView.of(supervisors.renew(id, r.termEnd()));
    }

    @POST
    @Path("/{id}/deactivation")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public SupervisorView deactivate(@PathParam("id") long id) {
        return SupervisorView.of(supervisors.deactivate(id));
    }

    /** The invited person creates their account (no session yet, hence no CSRF token). */
    @POST
    @Path("/invitations/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @CsrfExempt
    public java.util.Map<String, String> accept(@NotNull(message = "send {code, username, password}") Acceptance a) {
        Supervisor s = supervisors.acceptInvitation(a.code(), a.username(), a.password());
        return java.util.Map.of("username", s.username(), "name", s.name());
    }
}
