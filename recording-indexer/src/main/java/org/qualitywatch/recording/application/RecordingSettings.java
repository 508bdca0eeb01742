package org.qualitywatch.recording.application;

import org.qualitywatch.platform.config.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The recording module's settings; every number is a default that {@code QW_*} variables override. */
public record RecordingSettings(long maxBytes, Path dropDirectory, Duration dropStableAge, int dropWorkers,
                                int analysisThreads,
                                int analysisBatch, Duration analysisLease, int maxAttempts, ZoneId timeZone,
                                Map<String, String> businessLineBySkill, String phoneHashKey) {

    public static RecordingSettings fromEnvironment() {
        Settings s = Settings.system();
        String storage = s.get("qw.storage.root", System.getProperty("jboss.server.data.dir",
                System.getProperty("java.io.tmpdir")) + "/qualitywatch-storage");
        Map<String, String> lines = new LinkedHashMap<>();
        for (String pair : s.get("qw.recording.skill-business-lines",
                "TV=DIGITAL_TV,DTV=DIGITAL_TV,HD=HD,BB=BROADBAND,BROADBAND=BROADBAND,MOB=MOBILE,MOBILE=MOBILE,"
                        + "FIX=FIXED_LINE,FIXED=FIXED_LINE").split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                lines.put(kv[0].trim().toUpperCase(), kv[1].trim());
            }
        }
        return new RecordingSettings(
                s.getInt("qw.recording.max-mb", 200) * 1024L * 1024L,
                Path.of(s.get("qw.drop.dir", Path.of(storage).resolveSibling("drop").toString())),
                s.getDuration("qw.drop.stable-age", Duration.ofSeconds(5)),
                s.getInt("qw.drop.workers", 4),
                s.getInt("qw.analysis.threads", Math.max(1, Runtime.getRuntime().availableProcessors())),
                s.getInt("qw.analysis.batch", 50),
                s.getDuration("qw.analysis.lease", Duration.ofMinutes(10)),
                s.getInt("qw.analysis.max-attempts", 5),
                ZoneId.of(s.get("qw.time-zone", "Asia/Shanghai")),
                Map.copyOf(lines),
                s.get("qw.phone-hash-key", "qualitywatch-phone-search"));
    }

    /** DIGITAL_TV for skill TV etc.; OTHER when the skill is unknown. */
    public String businessLineOf(String skill) {
        if (skill == null || skill.isBlank()) {
            return null;
        }
        return businessLineBySkill.getOrDefault(skill.trim().toUpperCase(), "OTHER");
    }
}
