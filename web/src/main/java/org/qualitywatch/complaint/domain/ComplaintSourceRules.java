package org.qualitywatch.complaint.domain;

import org.qualitywatch.shared.domain.time.DeadlineSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editable rules of complaint handling: the sources with their deadlines, the repeat window and
 * when a deadline counts as near.
 *
 * @param repeatWindowDays a complaint of the same complainant (phone or customer id) and category within this
 *                         many days of an earlier one is a repeat (重复投诉)
 * @param warnAtFraction   a stage is "near its deadline" once this share of its time has passed (0.75 = the
 *                         last quarter)
 */
public record ComplaintSourceRules(List<ComplaintSource> sources, int repeatWindowDays, double warnAtFraction) {

    public ComplaintSourceRules {
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Keep at least one complaint source.");
        }
        Set<String> codes = new HashSet<>();
        for (ComplaintSource s : sources) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("The source code " + s.code() + " appears twice; codes are unique.");
            }
        }
        if (repeatWindowDays < 1 || repeatWindowDays > 365) {
            throw new IllegalArgumentException("The repeat window is 1 to 365 days, not " + repeatWindowDays + ".");
        }
        if (!(warnAtFraction > 0 && warnAtFraction < 1)) {
            throw new IllegalArgumentException("warnAtFraction is between 0 and 1 (0.75 = warn in the last quarter).");
        }
    }

    public Optional<ComplaintSource> source(String code) {
        return sources.stream().filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    private static DeadlineSpec d(String text) {
        return text == null ? null : DeadlineSpec.parse(text);
    }

    private static ComplaintSource s(String code, String name, boolean external, String ack, String respond,
                                     String resolve, String reply, String urgent) {
        return new ComplaintSource(code, name, external, d(ack), d(respond), d(resolve), d(reply), d(urgent));
    }

    /**
     * The domain brief's sources and deadlines (public rules where known, else practice): the regulator's
     * center decides in 5 working days and answers in 30 days, the operator replying by the date set per case
     * (default 5 working days); the city hotline by type (default 15 working days, emergencies the same day,
     * wrongly assigned orders returned within 1 working day); 12315: negotiate within 10 working days; radio
     * programmes 5 working days; media: urgent; deputies' proposals 3 months; public supervisors 5 working days.
     */
    public static ComplaintSourceRules defaults() {
        return new ComplaintSourceRules(List.of(
                s("HOTLINE", "客服热线", false, "4小时", "1个工作日", "15天", "15天", "当日"),
                s("GM_HOTLINE", "总经理热线", false, "4小时", "1个工作日", "15天", "15天", "当日"),
                s("REGULATOR", "工信部/通信管理局申诉", true, "1个工作日", "2个工作日", "30天", "5个工作日", "当日"),
                s("CITY_12345", "12345市民热线", true, "1个工作日", "2个工作日", "15个工作日", "15个工作日", "当日"),
                s("CONSUMER_12315", "12315消费者投诉", true, "1个工作日", "3个工作日", "10个工作日", "10个工作日", "当日"),
                s("RADIO", "政风行风热线", true, "1个工作日", "2个工作日", "5个工作日", "5个工作日", "2个工作日"),
                s("MEDIA", "媒体曝光", true, "2小时", "当日", "5个工作日", "1个工作日", "当日"),
                s("DEPUTY", "人大建议/政协提案", true, "5个工作日", "15个工作日", "90天", "90天", null),
                s("ONLINE", "网络问政", true, "1个工作日", "2个工作日", "5个工作日", "5个工作日", "当日"),
                s("DIGITAL_CITY", "数字城管", true, "1个工作日", "2个工作日", "5个工作日", "5个工作日", "当日"),
                s("SUPERVISOR", "社会监督员", true, "1个工作日", "2个工作日", "5个工作日", "5个工作日", "当日")),
                30, 0.75);
    }
}
