package org.qualitywatch.system.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.domain.SupervisionEvent;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.supervision.application.ReportTemplates;
import org.qualitywatch.supervision.domain.ReportTemplate;
import org.qualitywatch.supervision.domain.Supervisor;
import org.qualitywatch.supervision.domain.SupervisorReport;
import org.qualitywatch.supervision.domain.VisitType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo public supervision: the demo account "supervisor" (孙丽) on the roster in every demo mode, and with
 * QW_DEMO=full 30-odd supervisors with a year of reports, findings answered by departments and rated.
 */
@ApplicationScoped
public class DemoSupervision {

    private static final Logger LOG = Logger.getLogger(DemoSupervision.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"建国", "淑华", "志强", "秀英", "海燕", "永明", "丽娟", "国庆", "晓东", "文静"};
    private static final Object[][] AFFILIATIONS = {{"区人大代表", Supervisor.Kind.DEPUTY}, {"市政协委员", Supervisor.Kind.CPPCC},
            {"沈阳日报记者", Supervisor.Kind.MEDIA}, {"律师事务所律师", Supervisor.Kind.LAWYER}, {"用户代表", Supervisor.Kind.CUSTOMER}};
    private static final String[] PLACES = {"和平营业厅", "于洪营业厅", "浑南营业厅", "96195热线", "铁西区上门维修", "网上营业厅"};
    private static final String[] DEPARTMENTS = {"业务受理中心", "客服中心", "于洪维护站", "和平维护站", "网络运维中心"};

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    ReportTemplates templates;

    @Transactional
    public void rosterForDemoAccount() {
        boolean listed = !em.createQuery("select s.id from Supervisor s where s.username = 'supervisor'", Long.class)
                .getResultList().isEmpty();
        if (!listed) {
            Supervisor s = Supervisor.enrol(new Supervisor.Profile("孙丽", "辽宁广播电视台记者", Supervisor.Kind.MEDIA,
                    "13800138000", null, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "演示账号"), Instant.now());
            s.activate("supervisor");
            em.persist(s);
        }
    }

    @Transactional
    public void loadYear() {
        long count = em.createQuery("select count(s) from Supervisor s", Long.class).getSingleResult();
        if (count > 1) {
            return;
        }
        Random random = new Random(2026);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZONE);
        java.util.List<Supervisor> roster = new java.util.ArrayList<>();
        roster.addAll(em.createQuery("select s from Supervisor s", Supervisor.class).getResultList());
        for (int i = 0; i < 31; i++) {
            Object[] aff = AFFILIATIONS[i % AFFILIATIONS.length];
            LocalDate start = today.minusMonths(6 + random.nextInt(30));
            Supervisor s = Supervisor.enrol(new Supervisor.Profile(SURNAMES[i % SURNAMES.length] + GIVEN[random.nextInt(GIVEN.length)],
                    (String) aff[0], (Supervisor.Kind) aff[1], "139" + String.format("%08d", random.nextInt(100_000_000)),
                    null, start, start.plusYears(3), null), now);
            s.activate("sup" + String.format("%02d", i + 1));
            em.persist(s);
            roster.add(s);
        }
        em.flush();
        int orders = 0;
        for (int n = 0; n < 240; n++) {
            Supervisor s = roster.get(random.nextInt(roster.size()));
            VisitType type = VisitType.values()[random.nextInt(VisitType.values().length)];
            ReportTemplate template = templates.published(type);
            Instant visited = now.minus(Duration.ofHours(6 + random.nextInt(365 * 24)));
            SupervisorReport r = SupervisorReport.draft(s.id(), template, visited);
            int rating = 2 + random.nextInt(4);
            r.edit(new SupervisorReport.Content(PLACES[random.nextInt(PLACES.length)], visited,
                    answers(type, rating), rating, rating <= 3 ? "等候时间较长，工作人员解释不够清楚。" : "整体服务规范。"));
            Instant submitted = visited.plus(Duration.ofHours(2));
            r.submit(List.of(), submitted);
            em.persist(r);
            em.flush();
            if (visited.isAfter(now.minus(Duration.ofDays(5)))) {
                continue; // the newest reports wait for triage
            }
            Instant triaged = submitted.plus(Duration.ofHours(20));
            if (rating <= 3) {
                String dept = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                SupervisionOrder o = SupervisionOrder.issue("DBDEMO-" + String.format("%04d", ++orders),
                        new SupervisionOrder.Draft("社会监督员反映：" + r.place(), "服务监督部", "经理 陈静", null,
                                triaged.plus(Duration.ofDays(7)), type.name(), dept, r.narrative(),
                                SupervisionOrder.Origin.SUPERVISOR_REPORT, String.valueOf(r.id()), "整改并答复", null, List.of()),
                        "manager", triaged);
                em.persist(o);
                em.flush();
                Instant replied = triaged.plus(Duration.ofHours(24 + random.nextInt(96)));
                o.reply(replied);
                o.accept(replied.plus(Duration.ofHours(4)));
                String reply = "已核实并整改：加强培训，增设引导岗，高峰期增开窗口。";
                em.persist(new SupervisionEvent(o.id(), triaged, SupervisionEvent.Kind.ISSUED, "manager", o.description()));
                em.persist(new SupervisionEvent(o.id(), replied, SupervisionEvent.Kind.REPLIED, "handler", reply));
                em.persist(new SupervisionEvent(o.id(), replied.plus(Duration.ofHours(4)), SupervisionEvent.Kind.ACCEPTED,
                        "manager", null));
                r.acceptAsFinding(o.id(), null, "manager", triaged);
                r.answer(reply, replied.plus(Duration.ofHours(4)));
            } else {
                r.close("感谢您的监督，该次体验未发现需整改的问题，已通报表扬。", "manager", triaged);
            }
            r.rate(random.nextDouble() < 0.9 ? SupervisorReport.Rating.SATISFIED : SupervisorReport.Rating.DISSATISFIED,
                    "希望持续跟进", triaged.plus(Duration.ofDays(3)));
        }
        LOG.info("Demo: 31 public supervisors and 240 reports over a year loaded");
    }

    private static String answers(VisitType type, int rating) {
        return switch (type) {
            case SERVICE_HALL -> "{\"environment\":" + rating + ",\"waiting\":\"" + (40 - rating * 6) + "\",\"greeting\":"
                    + (rating > 2) + ",\"badge\":true,\"explanation\":" + rating + ",\"attitude\":" + rating + "}";
            case HOTLINE_CALL -> "{\"wait\":\"" + (70 - rating * 10) + "\",\"opening\":true,\"accuracy\":" + rating
                    + ",\"patience\":" + rating + "}";
            case FIELD_REPAIR -> "{\"contact\":" + (rating > 2) + ",\"ontime\":" + (rating > 3) + ",\"badge\":true,\"fixed\":"
                    + (rating > 2) + ",\"attitude\":" + rating + "}";
            case ONLINE -> "{\"reply\":" + rating + ",\"accuracy\":" + rating + ",\"process\":" + rating + "}";
        };
    }
}
