package org.qualitywatch.system.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.platform.config.Settings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The first accounts. In demo mode ({@code QW_DEMO=accounts} or {@code full}) one account per
 * role with the published demo password. Otherwise no default password exists: the first
 * administrator is created only from {@code QW_ADMIN_PASSWORD}.
 */
@ApplicationScoped
public class AccountBootstrap {

    public static final String DEMO_PASSWORD = "Demo@2026!";
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    UserDirectory users;

    public record DemoAccount(String username, String displayName, Set<Role> roles, String department,
                              String agentId) {
    }

    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "系统管理员 王磊", EnumSet.of(Role.ADMIN), null, null),
            new DemoAccount("manager", "经理 陈静", EnumSet.of(Role.MANAGER), null, null),
            new DemoAccount("qalead", "质检组长 李娜", EnumSet.of(Role.QA_LEAD), "质检组", null),
            new DemoAccount("monitor", "质检员 张伟", EnumSet.of(Role.QA_MONITOR), "质检组", null),
            new DemoAccount("agent", "坐席 杨帆", EnumSet.of(Role.AGENT), "一班", "1006"),
            new DemoAccount("handler", "于洪维护站 赵强", EnumSet.of(Role.DEPT_HANDLER), "于洪维护站", null),
            new DemoAccount("callback", "回访员 刘敏", EnumSet.of(Role.CALLBACK_AGENT), "回访组", null),
            new DemoAccount("supervisor", "社会监督员 孙丽", EnumSet.of(Role.PUBLIC_SUPERVISOR), null, null));

    public void run() {
        String demo = Settings.system().get("qw.demo", "off");
        if (!demo.equals("off")) {
            for (DemoAccount account : DEMO_ACCOUNTS) {
                if (!users.exists(account.username())) {
                    users.create(new UserDirectory.NewAccount(account.username(), account.displayName(),
                            DEMO_PASSWORD, account.roles(), account.department(), account.agentId()));
                }
            }
            LOG.warning("Demo mode (QW_DEMO=" + demo + "): demo accounts exist with the published demo password."
                    + " Never run demo mode with real data.");
            return;
        }
        if (users.hasAdministrator()) {
            return;
        }
        Settings.system().find("qw.admin.password").ifPresentOrElse(password -> {
            users.create(new UserDirectory.NewAccount("admin", "Administrator", password, EnumSet.of(Role.ADMIN),
                    null, null));
            LOG.info("Created the first administrator 'admin' from QW_ADMIN_PASSWORD");
        }, () -> LOG.warning("No administrator exists. Set QW_ADMIN_PASSWORD and restart to create user 'admin'."));
    }
}
