package org.qualitywatch.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WildFly is killed with SIGKILL while a batch is being ingested; after a restart every accepted
 * call ends indexed exactly once.
 */
class CrashRestartIT {

    private static final int CALLS = 300;

    @Test
    void aKillMidIngestLosesNothingAndIndexesEveryCallExactlyOnce() throws Exception {
        String batch = "crash-" + Recordings.newCallId();
        Path drop = Path.of(System.getProperty("qw.drop-dir"));
        Path staging = Files.createDirectories(drop.resolve(".staging-" + batch));
        Path base = TestAudio.stereoCall(staging, "base.wav", 5);
        byte[] wav = Files.readAllBytes(base);
        Files.delete(base);
        StringBuilder manifest = new StringBuilder(
                "call_id,file,agent_id,direction,ani,dnis,skill,start_time,end_time,duration_s,ticket_no,ivr_survey\n");
        for (int i = 0; i < CALLS; i++) {
            // a different sample at the start of each copy: valid audio, its own hash
            ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putShort(44, (short) (i + 1));
            String file = "c" + i + ".wav";
            Files.write(staging.resolve(file), wav);
            manifest.append(batch).append('-').append(i).append(',').append(file)
                    .append(",1007,IN,13900002222,96195,TV,2026-10-23 10:00:00,2026-10-23 10:00:05,5,,\n");
        }
        Files.writeString(staging.resolve("manifest.csv"), manifest.toString());
        Files.createFile(staging.resolve(".done"));
        Files.move(staging, drop.resolve(batch), StandardCopyOption.ATOMIC_MOVE);

        long atKill = waitForRows(batch, 1, Duration.ofSeconds(30));
        TestEnvironment.qw("instance", "kill", "test");
        assertTrue(atKill < CALLS, "the kill came before the batch was fully ingested (" + atKill + " rows)");
        TestEnvironment.qw("instance", "start", "test");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        long indexed;
        do {
            Recordings.sleep(1000);
            indexed = count("select count(*) from recording.recording where ingest_reference like ? "
                    + "and status = 'INDEXED'", batch);
        } while (indexed < CALLS && Instant.now().isBefore(deadline));
        assertEquals(CALLS, indexed, "every call of the batch indexed after the restart");
        assertEquals(CALLS, count("select count(*) from recording.recording where ingest_reference like ?", batch),
                "no call twice");
        assertEquals(CALLS, count("select count(distinct call_id) from recording.recording where ingest_reference like ?",
                batch));
        ApiClient admin = ApiClient.loggedIn("admin");
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        long hits;
        do {
            hits = Recordings.search(admin, "agent=1007&size=1&from=2026-10-23T00:00:00Z&to=2026-10-24T00:00:00Z")
                    .get("total").asLong();
        } while (hits != CALLS && Instant.now().isBefore(until));
        assertEquals(CALLS, hits, "each call exactly once in Elasticsearch");
    }

    private static long waitForRows(String batch, long atLeast, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long rows = count("select count(*) from recording.recording where ingest_reference like ?", batch);
            if (rows >= atLeast) {
                return rows;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the batch was not taken from the drop folder in " + timeout);
    }

    private static long count(String sql, String batch) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("qw.db-url"),
                System.getProperty("qw.db-user"), System.getProperty("qw.db-password"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "batch " + batch + " line %");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

}
