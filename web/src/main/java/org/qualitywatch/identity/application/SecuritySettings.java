package org.qualitywatch.identity.application;

import org.qualitywatch.platform.config.Settings;

import java.time.Duration;

/** Login and session rules, each overridable through a {@code QW_*} variable. */
public record SecuritySettings(Duration sessionIdleTimeout, Duration sessionLifetime, int maxFailedLogins,
                               Duration lockDuration, int passwordMinLength, boolean secureCookies) {

    public static SecuritySettings fromEnvironment() {
        Settings s = Settings.system();
        return new SecuritySettings(
                s.getDuration("qw.session.idle-timeout", Duration.ofMinutes(30)),
                s.getDuration("qw.session.lifetime", Duration.ofHours(12)),
                s.getInt("qw.login.max-failures", 5),
                s.getDuration("qw.login.lock-duration", Duration.ofMinutes(15)),
                s.getInt("qw.password.min-length", 10),
                s.getBoolean("qw.cookie.secure", false));
    }
}
