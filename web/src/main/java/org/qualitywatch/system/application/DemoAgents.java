package org.qualitywatch.system.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.domain.Agent;
import org.qualitywatch.identity.domain.AgentRoster;

import java.time.LocalDate;
import java.util.List;

/** The demo call center's twelve agents in three teams; two joined recently (new agents are sampled more). */
@ApplicationScoped
public class DemoAgents {

    public record DemoAgent(String agentId, String name, String team, int monthsOfService) {
    }

    public static final List<DemoAgent> AGENTS = List.of(
            new DemoAgent("1001", "张丽", "一班", 40), new DemoAgent("1002", "王芳", "一班", 28),
            new DemoAgent("1003", "李强", "一班", 2), new DemoAgent("1004", "刘洋", "一班", 19),
            new DemoAgent("1005", "陈晨", "二班", 33), new DemoAgent("1006", "杨帆", "一班", 15),
            new DemoAgent("1007", "赵敏", "二班", 25), new DemoAgent("1008", "黄磊", "二班", 1),
            new DemoAgent("1009", "周静", "三班", 50), new DemoAgent("1010", "吴昊", "三班", 12),
            new DemoAgent("1011", "徐婷", "三班", 22), new DemoAgent("1012", "孙涛", "二班", 9));

    @Inject
    AgentRoster roster;

    @Transactional
    public void load() {
        if (!roster.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (DemoAgent a : AGENTS) {
            roster.save(new Agent(a.agentId(), a.name(), a.team(), today.minusMonths(a.monthsOfService()), true));
        }
    }
}
