package org.qualitywatch.complaint.report.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.search.SearchOutbox;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo only (QW_DEMO=full): a year of complaints with the mix of sources of the domain brief's figures from
 * real operations (≈31 own-hotline complaints, 558 city-hotline cases in the 14 : 69 : 191 consult / help /
 * complaint ratio, 182 from digital city management, 100 from an online platform, 3 deputies, 4 from 12315,
 * 1 media exposure, a few regulator appeals and supervisor reports), and subscriber counts per business line
 * and month. Written with SQL, once, when there is no complaint yet; the index catch-up indexes them.
 */
@ApplicationScoped
public class DemoComplaints {

    private static final Logger LOG = Logger.getLogger(DemoComplaints.class.getName());

    static final Map<String, Integer> MIX = Map.ofEntries(Map.entry("HOTLINE", 24), Map.entry("GM_HOTLINE", 7),
            Map.entry("CITY_12345", 558), Map.entry("DIGITAL_CITY", 182), Map.entry("ONLINE", 100),
            Map.entry("DEPUTY", 3), Map.entry("CONSUMER_12315", 4), Map.entry("MEDIA", 1), Map.entry("REGULATOR", 12),
            Map.entry("SUPERVISOR", 18), Map.entry("RADIO", 6));
    static final String[] DISTRICTS = {"于洪区", "和平区", "浑南区", "大东区", "铁西区", "皇姑区", "沈河区", "新民市"};
    static final String[] STATIONS = {"于洪维护站", "和平维护站", "浑南维护站", "大东维护站", "铁西维护站", "皇姑维护站",
            "沈河维护站", "网络运维中心"};
    static final String[][] CATEGORIES = {
            {"用户服务", "服务态度", "坐席态度生硬"}, {"用户服务", "装维时效", "上门超时"}, {"用户服务", "营业厅服务", "排队时间长"},
            {"网络质量", "信号中断", "整片无信号"}, {"网络质量", "网速慢", "晚高峰网速慢"}, {"网络质量", "画面卡顿", "高清频道马赛克"},
            {"收费争议", "重复扣费", "同月扣费两次"}, {"收费争议", "套餐资费", "资费与宣传不符"}, {"收费争议", "退费", "销户未退余额"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"};

    @Resource(lookup = SearchOutbox.DATASOURCE)
    DataSource dataSource;

    @Transactional
    public void load() {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 from qw.complaint)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            int n = insert(c, Instant.now());
            subscribers(c, LocalDate.now(ComplaintFilter.ZONE));
            LOG.info(() -> "Demo complaints loaded: " + n);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo complaints: " + e.getMessage(), e);
        }
    }

    private static int insert(Connection c, Instant now) throws SQLException {
        Random random = new Random(20260101L);
        List<String> sources = new ArrayList<>();
        MIX.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> { for (int i = 0; i < e.getValue(); i++) sources.add(e.getKey()); });
        String sql = "insert into qw.complaint (source, external_ref, received_at, complainant_name, complainant_phone, "
                + "business_line, category1, category2, category3, district, description, status, escalated, "
                + "responsible_department, acknowledged_at, resolved_at, replied_at, closed_at, satisfaction, refund_amount, "
                + "resolve_due, reply_due, next_due_at, next_due_stage) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?)";
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE.withZone(ComplaintFilter.ZONE);
        int[] cityTypes = {14, 69, 191};
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int seq = 0;
            for (String source : sources) {
                seq++;
                Instant received = now.minus(Duration.ofMinutes(20 + random.nextInt(365 * 24 * 60)));
                String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                int d = random.nextInt(DISTRICTS.length);
                int lineDraw = random.nextInt(100);
                String line = lineDraw < 55 ? "DIGITAL_TV" : lineDraw < 85 ? "BROADBAND" : "HD";
                String department = switch (category[0]) {
                    case "收费争议" -> "计费中心";
                    case "网络质量" -> "BROADBAND".equals(line) && random.nextBoolean() ? "宽带运维中心" : STATIONS[d];
                    default -> random.nextInt(3) == 0 ? "业务受理中心" : "客服中心";
                };
                String kind = "[投诉]";
                if ("CITY_12345".equals(source)) {
                    int t = random.nextInt(274);
                    kind = t < cityTypes[0] ? "[咨询]" : t < cityTypes[0] + cityTypes[1] ? "[求助]" : "[投诉]";
                }
                Duration allowed = switch (source) {
                    case "DEPUTY" -> Duration.ofDays(90);
                    case "REGULATOR", "CITY_12345" -> Duration.ofDays(15);
                    case "MEDIA" -> Duration.ofDays(1);
                    default -> Duration.ofDays(5);
                };
                Instant resolveDue = received.plus(allowed);
                Instant replyDue = resolveDue.plus(Duration.ofDays(2));
                long ageHours = Duration.between(received, now).toHours();
                boolean open = ageHours < 24 * 20 ? random.nextInt(3) == 0 : random.nextInt(100) < 2;
                boolean late = random.nextInt(100) < 6;
                Instant resolved = null;
                Instant replied = null;
                Instant closed = null;
                String status;
                String satisfaction = null;
                Instant nextDue = null;
                String nextStage = null;
                if (open) {
                    status = random.nextBoolean() ? "IN_PROGRESS" : "ACKNOWLEDGED";
                    nextDue = resolveDue;
                    nextStage = "RESOLVE";
                } else {
                    long span = Duration.between(received, resolveDue).toMinutes();
                    resolved = received.plus(Duration.ofMinutes(late ? span + 60 + random.nextInt(3 * 24 * 60)
                            : 30 + random.nextInt((int) Math.max(60, span - 60))));
                    if (resolved.isAfter(now)) resolved = now.minus(Duration.ofMinutes(5));
                    replied = resolved.plus(Duration.ofHours(2 + random.nextInt(20)));
                    if (replied.isAfter(now)) replied = now.minus(Duration.ofMinutes(1));
                    closed = replied;
                    status = "CLOSED";
                    int sat = random.nextInt(100);
                    satisfaction = sat < 80 ? "SATISFIED" : sat < 95 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
                }
                BigDecimal refund = "收费争议".equals(category[0]) && random.nextInt(100) < 40
                        ? BigDecimal.valueOf(10 + random.nextInt(290)).setScale(2) : null;
                String phone = "13" + (random.nextInt(9) + 1) + String.format("%08d", random.nextInt(100_000_000));
                int i = 1;
                s.setString(i++, source);
                s.setString(i++, source + "-" + day.format(received) + "-" + String.format("%04d", seq));
                s.setTimestamp(i++, Timestamp.from(received));
                s.setString(i++, SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士"));
                s.setString(i++, phone);
                s.setString(i++, line);
                s.setString(i++, category[0]);
                s.setString(i++, category[1]);
                s.setString(i++, category[2]);
                s.setString(i++, DISTRICTS[d]);
                s.setString(i++, kind + " 用户反映" + category[2] + "，要求尽快处理。");
                s.setString(i++, status);
                s.setBoolean(i++, !List.of("HOTLINE", "GM_HOTLINE", "SUPERVISOR").contains(source));
                s.setString(i++, department);
                s.setTimestamp(i++, Timestamp.from(received.plus(Duration.ofMinutes(30))));
                timestamp(s, i++, resolved);
                timestamp(s, i++, replied);
                timestamp(s, i++, closed);
                s.setString(i++, satisfaction);
                s.setBigDecimal(i++, refund);
                s.setTimestamp(i++, Timestamp.from(resolveDue));
                s.setTimestamp(i++, Timestamp.from(replyDue));
                timestamp(s, i++, nextDue);
                s.setString(i, nextStage);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            // one in 25 is a repeat of the complaint received just before it on the same business line
            s.executeUpdate("update qw.complaint c set repeat_of = (select p.id from qw.complaint p where p.received_at < "
                    + "c.received_at and p.business_line = c.business_line order by p.received_at desc limit 1) "
                    + "where c.id % 25 = 0");
        }
        return sources.size();
    }

    private static void timestamp(PreparedStatement s, int i, Instant t) throws SQLException {
        if (t == null) {
            s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setTimestamp(i, Timestamp.from(t));
        }
    }

    private static void subscribers(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into qw.subscriber_count (business_line, month, subscribers, "
                + "updated_by) values (?, ?, ?, 'demo') on conflict do nothing")) {
            YearMonth first = YearMonth.from(today).minusMonths(12);
            for (int m = 0; m <= 12; m++) {
                YearMonth month = first.plusMonths(m);
                Object[][] lines = {{"DIGITAL_TV", 1_200_000L - 2_000L * m}, {"BROADBAND", 420_000L + 1_500L * m},
                        {"HD", 300_000L + 1_000L * m}};
                for (Object[] line : lines) {
                    s.setString(1, (String) line[0]);
                    s.setDate(2, Date.valueOf(month.atDay(1)));
                    s.setLong(3, (Long) line[1]);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
