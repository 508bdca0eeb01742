package org.qualitywatch.scoring.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.scoring.application.EvaluationQueries;
import org.qualitywatch.scoring.application.LinkedWorkOrders;
import org.qualitywatch.scoring.application.Evaluations;
import org.qualitywatch.scoring.application.Scorecards;
import org.qualitywatch.scoring.domain.Appeal;
import org.qualitywatch.scoring.domain.Evaluation;
import org.qualitywatch.scoring.domain.EvaluationComment;
import org.qualitywatch.scoring.domain.EvaluationScore;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.shared.interfaces.rest.QueryParams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Evaluations: the monitor's workbench (draft, submit, time-pinned comments), the agent's view
 * (acknowledge, appeal) and the lead's review of appeals. Row-level access is checked in
 * {@link Evaluations}.
 */
@Path("/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "AGENT"})
public class EvaluationResource {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationQueries queries;

    @Inject
    Scorecards scorecards;

    @Inject
    RecordingCatalog recordings;

    @Inject
    LinkedWorkOrders workOrders;

    @Inject
    CurrentUser currentUser;

    public record Assignment(@NotNull(message = "name the recording to evaluate") Long recordingId, String monitor,
                             Long scorecardId) {
    }

    public record Answers(@NotNull(message = "send {answers: {itemCode: {...}}}")
                          Map<String, ScorecardDefinition.Answer> answers) {
    }

    public record NewComment(Double atSeconds, String itemCode, @NotNull(message = "write the comment") String text) {
    }

    public record AppealRequest(String reason) {
    }

    public record Review(@NotNull(message = "decision is UPHOLD or ADJUST") String decision,
                         Map<String, ScorecardDefinition.Answer> answers, String reason) {
    }

    public record ScoreView(int version, String kind, BigDecimal score, String grade, boolean fatal, String scoredBy,
                            String reason, Instant scoredAt, String answers, String itemResults) {
        static ScoreView of(EvaluationScore s) {
            return new ScoreView(s.version(), s.kind().name(), s.score(), s.grade(), s.fatal(), s.scoredBy(), s.reason(),
                    s.scoredAt(), s.answersJson(), s.itemResultsJson());
        }
    }

    public record CommentView(long id, Double atSeconds, String itemCode, String text, String author, Instant createdAt) {
        static CommentView of(EvaluationComment c) {
            return new CommentView(c.id(), c.atSeconds(), c.itemCode(), c.text(), c.author(), c.createdAt());
        }
    }

    public record AppealView(long id, String reason, String filedBy, Instant filedAt, Instant windowEndsAt,
                             String status, String reviewer, Instant decidedAt, String decisionReason) {
        static AppealView of(Appeal a) {
            return a == null ? null : new AppealView(a.id(), a.reason(), a.filedBy(), a.filedAt(), a.windowEndsAt(),
                    a.status().name(), a.reviewer(), a.decidedAt(), a.decisionReason());
        }
    }

    public record Selection(String origin, String rule, String stratum, String seed, Double draw, String explanation,
                            Long planId, Long runId) {
    }

    public record Detail(long id, long recordingId, String callId, String agentId, String team, String businessLine,
                         Instant callStartedAt, Double callSeconds, String monitor, String status, BigDecimal score,
                         String grade, boolean fatal, Instant assignedAt, Instant dueAt, Instant submittedAt,
                         Instant acknowledgedAt, Instant draftSavedAt, String draft, Scorecards.VersionView scorecard,
                         List<ScoreView> scores, List<CommentView> comments, AppealView appeal, Selection selection,
                         List<RecordingCatalog.CallRecording> recording, List<LinkedWorkOrders.Link> workOrders,
                         Evaluations.Allowed allowed, Instant appealWindowEndsAt) {
    }

    private Detail detail(long id) {
        AuthenticatedUser me = currentUser.require();
        Evaluations.Loaded l = evaluations.load(id, me);
        Evaluation e = l.evaluation();
        return new Detail(e.id(), e.recordingId(), e.callId(), e.agentId(), e.team(), e.businessLine(),
                e.callStartedAt(), e.callSeconds(), e.monitor(), e.status().name(), e.score(), e.grade(), e.fatal(),
                e.assignedAt(), e.dueAt(), e.submittedAt(), e.acknowledgedAt(), e.draftSavedAt(),
                l.allowed().seeDraft() ? e.draftJson() : null, scorecards.version(e.scorecardVersionId()),
                l.scores().stream().map(ScoreView::of).toList(), l.comments().stream().map(CommentView::of).toList(),
                AppealView.of(l.appeal()), new Selection(e.origin().name(), e.selectionRule(), e.stratum(), e.seed(),
                e.draw(), e.explanation(), e.planId(), e.runId()), recordings.byCallIds(List.of(e.callId())),
                workOrders.forCall(e.callId()), l.allowed(), l.appealWindowEndsAt());
    }

    /**
     * scope=tasks: my evaluations as a monitor; scope=mine: my released scores as an agent; scope=all
     * (leads, managers, admins): everyone's.
     */
    @GET
    public EvaluationQueries.Page list(@QueryParam("scope") String scope, @QueryParam("status") List<String> statuses,
                                       @QueryParam("agentId") String agentId, @QueryParam("monitor") String monitor,
                                       @QueryParam("team") String team, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("size") Integer size) {
        AuthenticatedUser me = currentUser.require();
        String s = scope == null || scope.isBlank() ? (Evaluations.readsAll(me) ? "all" : me.agentId() != null
                && !me.roles().contains(org.qualitywatch.identity.domain.Role.QA_MONITOR) ? "mine" : "tasks") : scope;
        EvaluationQueries.Filter filter = switch (s) {
            case "tasks" -> new EvaluationQueries.Filter(me.username(), null, false, QueryParams.values(statuses),
                    blankToNull(team), QueryParams.instant("from", from), QueryParams.instant("to", to), size(size));
            case "mine" -> {
                if (me.agentId() == null) {
                    throw DomainException.invalid("Your account has no agent id, so no calls are yours; ask an administrator.");
                }
                yield new EvaluationQueries.Filter(null, me.agentId(), true, QueryParams.values(statuses), null,
                        QueryParams.instant("from", from), QueryParams.instant("to", to), size(size));
            }
            case "all" -> {
                if (!Evaluations.readsAll(me)) {
                    throw DomainException.forbidden("Only QA leads, managers and administrators see all evaluations.");
                }
                yield new EvaluationQueries.Filter(blankToNull(monitor), blankToNull(agentId), false,
                        QueryParams.values(statuses), blankToNull(team), QueryParams.instant("from", from),
                        QueryParams.instant("to", to), size(size));
            }
            default -> throw DomainException.invalid("scope is tasks, mine or all, not \"" + scope + "\".");
        };
        return queries.list(filter);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int size(Integer size) {
        return size == null ? 100 : size;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD", "QA_MONITOR"})
    public Detail assign(@NotNull(message = "send {recordingId, monitor?, scorecardId?}") Assignment request) {
        return detail(evaluations.assign(request.recordingId(), request.monitor(), request.scorecardId(),
                currentUser.require()).id());
    }

    @GET
    @Path("/{id}")
    public Detail get(@PathParam("id") long id) {
        return detail(id);
    }

    @PUT
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"QA_LEAD", "QA_MONITOR"})
    public Map<String, Instant> saveDraft(@PathParam("id") long id, @NotNull(message = "send {answers}") Answers body) {
        return Map.of("draftSavedAt", evaluations.saveDraft(id, body.answers(), currentUser.require()));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"QA_LEAD", "QA_MONITOR"})
    public Detail submit(@PathParam("id") long id, @NotNull(message = "send {answers}") Answers body) {
        evaluations.submit(id, body.answers(), currentUser.require());
        return detail(id);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD", "QA_MONITOR"})
    public CommentView comment(@PathParam("id") long id, @NotNull(message = "send {atSeconds, itemCode?, text}") NewComment c) {
        return CommentView.of(evaluations.comment(id, c.atSeconds(), c.itemCode(), c.text(), currentUser.require()));
    }

    @DELETE
    @Path("/{id}/comments/{commentId}")
    @RolesAllowed({"ADMIN", "QA_LEAD", "QA_MONITOR"})
    public void deleteComment(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        evaluations.deleteComment(id, commentId, currentUser.require());
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed("AGENT")
    public Detail acknowledge(@PathParam("id") long id) {
        evaluations.acknowledge(id, currentUser.require());
        return detail(id);
    }

    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("AGENT")
    public Detail appeal(@PathParam("id") long id, @NotNull(message = "send {reason}") AppealRequest request) {
        evaluations.appeal(id, request.reason(), currentUser.require());
        return detail(id);
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("QA_LEAD")
    public Detail review(@PathParam("id") long id, @NotNull(message = "send {decision, answers?, reason}") Review review) {
        boolean adjust = switch (review.decision()) {
            case "ADJUST" -> true;
            case "UPHOLD" -> false;
            default -> throw DomainException.invalid("decision is UPHOLD (维持) or ADJUST (改判), not \""
                    + review.decision() + "\".");
        };
        evaluations.review(id, new Evaluations.Decision(adjust, review.answers(), review.reason()), currentUser.require());
        return detail(id);
    }
}
