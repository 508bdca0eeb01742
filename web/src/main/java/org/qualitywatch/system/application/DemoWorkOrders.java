package org.qualitywatch.system.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.workorder.application.WorkOrderIntake;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderStatus;
import org.qualitywatch.workorder.domain.WorkOrderType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo work orders (QW_DEMO=full): a few thousand orders over the last months in the proportions of
 * the domain brief's cable operator (about 30 % dispatched, most repairs dispatched, few complaints),
 * fed through the same intake as real imports, in the background so start-up is not delayed.
 */
@ApplicationScoped
public class DemoWorkOrders {

    private static final Logger LOG = Logger.getLogger(DemoWorkOrders.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[][] DISTRICTS = {{"于洪区", "于洪维护站"}, {"和平区", "和平维护站"}, {"浑南区", "浑南维护站"},
            {"大东区", "大东维护站"}, {"铁西区", "铁西维护站"}, {"皇姑区", "皇姑维护站"}, {"沈河区", "沈河维护站"},
            {"新民市", "于洪维护站"}};
    private static final String[][] REPAIRS = {{"数字电视", "DIGITAL_TV", "马赛克/卡顿"}, {"数字电视", "DIGITAL_TV", "无信号"},
            {"高清", "HD", "机顶盒无法开机"}, {"宽带", "BROADBAND", "断网"}, {"宽带", "BROADBAND", "网速慢"}};

    @Inject
    WorkOrderIntake intake;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Transactional
    public boolean anyOrders() {
        return !em.createQuery("select w.id from WorkOrder w", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    public void loadInBackground() {
        if (anyOrders()) {
            return;
        }
        int count = Settings.system().getInt("qw.demo.work-orders", 3000);
        executor.submit(() -> load(count));
    }

    void load(int count) {
        Random random = new Random(2026);
        Instant now = Instant.now();
        Instant start = now.minus(Duration.ofDays(120));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyyMMdd");
        long began = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            Instant accepted = start.plusSeconds((long) (random.nextDouble() * Duration.between(start, now).getSeconds()));
            LocalDate date = accepted.atZone(ZONE).toLocalDate();
            int hour = 8 + random.nextInt(12);
            accepted = date.atTime(hour, random.nextInt(60)).atZone(ZONE).toInstant();
            if (accepted.isAfter(now)) {
                accepted = now.minusSeconds(600);
            }
            String[] district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            DemoAgents.DemoAgent agent = DemoAgents.AGENTS.get(random.nextInt(DemoAgents.AGENTS.size()));
            double roll = random.nextDouble();
            WorkOrderType type = roll < 0.40 ? WorkOrderType.CONSULT : roll < 0.85 ? WorkOrderType.REPAIR
                    : roll < 0.95 ? WorkOrderType.HELP : roll < 0.98 ? WorkOrderType.SUGGESTION : WorkOrderType.COMPLAINT;
            String[] repair = REPAIRS[random.nextInt(REPAIRS.length)];
            String[] category = switch (type) {
                // about one repair in thirty is a major fault (48 h in town, 72 h in rural districts)
                case REPAIR -> new String[]{"网络质量", repair[0], random.nextDouble() < 0.035
                        ? (repair[1].equals("BROADBAND") ? "光缆中断" : repair[1].equals("HD") ? "画面异常" : "大面积故障")
                        : repair[2]};
                case COMPLAINT -> random.nextBoolean() ? new String[]{"收费争议", repair[0], "多收费"}
                        : new String[]{"用户服务", repair[0], "维修人员态度"};
                case CONSULT -> new String[]{"用户服务", "业务咨询", random.nextBoolean() ? "资费" : "高清业务办理"};
                default -> new String[]{"用户服务", "业务办理", new String[]{"新装", "复通", "停机保号", "移机"}[random.nextInt(4)]};
            };
            // most repairs and all complaints go to a team; consultations are answered on the call
            boolean dispatched = type == WorkOrderType.REPAIR ? random.nextDouble() < 0.62
                    : type == WorkOrderType.COMPLAINT || (type == WorkOrderType.HELP && random.nextDouble() < 0.3);
            String department = type == WorkOrderType.COMPLAINT && category[0].equals("收费争议") ? "计费中心"
                    : repair[1].equals("BROADBAND") && random.nextDouble() < 0.3 ? "宽带运维中心" : district[1];
            long ageHours = Duration.between(accepted, now).toHours();
            WorkOrderStatus status;
            Instant dispatchedAt = null;
            Instant resolvedAt = null;
            if (!dispatched) {
                status = WorkOrderStatus.PRE_PROCESSED;
            } else {
                dispatchedAt = accepted.plusSeconds(60 + random.nextInt(900));
                // a few orders stay late: overdue stage clocks for the lists and the report
                long fixHours = random.nextDouble() < 0.08 ? 30 + random.nextInt(60) : 2 + random.nextInt(20);
                if (ageHours < fixHours) {
                    status = WorkOrderStatus.DISPATCHED;
                } else {
                    resolvedAt = accepted.plus(Duration.ofHours(fixHours));
                    status = ageHours > 24 * 7 ? WorkOrderStatus.ARCHIVED : WorkOrderStatus.RESOLVED;
                }
            }
            String number = "GD" + day.format(date) + String.format("%05d", i + 1);
            WorkOrder.Facts facts = new WorkOrder.Facts("callcenter", number, WorkOrder.Channel.PHONE, null,
                    "13" + (100000000 + random.nextInt(899999999)), type == WorkOrderType.REPAIR ? repair[1]
                    : repair[1], type, category[0], category[1], category[2], district[0],
                    category[2] + "（演示数据）", accepted, agent.agentId(), agent.name(), List.of());
            intake.take(facts, new WorkOrder.SourceProgress(status, dispatched ? department : null, dispatchedAt,
                    resolvedAt), "demo-" + i, "demo");
        }
        LOG.info("Demo: " + count + " work orders loaded in " + (System.currentTimeMillis() - began) / 1000 + " s");
    }
}
