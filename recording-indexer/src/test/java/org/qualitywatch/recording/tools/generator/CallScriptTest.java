package org.qualitywatch.recording.tools.generator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Timeline arithmetic of the script builder and the ground truth derived from it (no TTS needed). */
class CallScriptTest {

    /** Every turn lasts one second per character. */
    static final CallScript.TurnLengths LENGTHS = (speaker, text) -> text.length();

    @Test
    void turnsDeadAirAndCrossTalk() {
        CallScript s = CallScript.builder(LENGTHS)
                .lead(3.5)
                .agent("abc")                       // 3.5 - 6.5
                .pause(0.5).customer("de")          // 7.0 - 9.0
                .deadAir(5).agent("fghi")           // 14.0 - 18.0
                .interrupt(Speaker.CUSTOMER, "jk", 1.0) // 17.0 - 19.0
                .pause(1).agent("l")                // 20.0 - 21.0
                .tail(4)
                .build();
        List<CallScript.Turn> t = s.turns();
        assertEquals(5, t.size());
        assertEquals(3.5, t.get(0).start(), 1e-9);
        assertEquals(7.0, t.get(1).start(), 1e-9);
        assertEquals(14.0, t.get(2).start(), 1e-9);
        assertEquals(17.0, t.get(3).start(), 1e-9);
        assertEquals(20.0, t.get(4).start(), 1e-9);
        assertEquals(25.0, s.durationSeconds(), 1e-9);
        assertEquals(List.of(new GroundTruth.Interval(9, 14)), s.plantedDeadAir());
        assertEquals(List.of(new GroundTruth.Interval(17, 18)), s.plantedCrossTalk());

        GroundTruth g = s.groundTruth();
        assertEquals(3 + 4 + 1, g.talkSeconds(Speaker.AGENT), 1e-9);
        assertEquals(2 + 2, g.talkSeconds(Speaker.CUSTOMER), 1e-9);
        assertEquals(List.of(new GroundTruth.Interval(0, 3.5), new GroundTruth.Interval(9, 14),
                new GroundTruth.Interval(21, 25)), g.deadAir(), "leading, planted and trailing");
        assertEquals(List.of(new GroundTruth.Interval(17, 18)), g.crossTalk());
        assertEquals(3 + 2 + 5 + 1, g.anyoneTalkingSeconds(), 1e-9);
        assertEquals(5, g.transcript().size());
        assertEquals(Speaker.CUSTOMER, g.transcript().get(3).speaker());
    }

    @Test
    void transcriptJsonShape() {
        CallScript s = CallScript.builder(LENGTHS).lead(0.5).agent("您好，\"工号\"1006").pause(0.25).customer("喂").build();
        String json = s.groundTruth().transcriptJson();
        assertEquals("""
                [
                  {"speaker":"AGENT","start":0.500,"end":11.500,"text":"您好，\\"工号\\"1006"},
                  {"speaker":"CUSTOMER","start":11.750,"end":12.750,"text":"喂"}
                ]
                """, json);
    }

    @Test
    void invalidPlacementsAreRejected() {
        CallScript.Builder b = CallScript.builder(LENGTHS).agent("abc");
        assertThrows(IllegalStateException.class, () -> b.interrupt(Speaker.AGENT, "x", 0.5));
        assertThrows(IllegalArgumentException.class, () -> b.interrupt(Speaker.CUSTOMER, "xy", 2.5),
                "overlap longer than the interrupting turn");
        assertThrows(IllegalStateException.class, () -> CallScript.builder(LENGTHS).build());
        assertThrows(IllegalStateException.class, () -> CallScript.builder(LENGTHS).agent("a").lead(1));
    }
}
