package org.qualitywatch.recording.analysis;

import org.qualitywatch.recording.tools.generator.CallGenerator;
import org.qualitywatch.recording.tools.generator.CallScript;
import org.qualitywatch.recording.tools.generator.GeneratedCall;
import org.qualitywatch.recording.tools.generator.Speaker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Shared fixture: one scripted broadband-outage call with planted leading, inner and trailing dead air and two
 * customer interruptions, rendered once per test JVM and written in every format. Clips are cached in
 * {@code target/tts-cache}. Fails (does not skip) when espeak-ng is missing.
 */
final class TestCalls {

    static final Path CACHE = Path.of("target", "tts-cache");

    private static GeneratedCall reference;
    private static Map<GeneratedCall.Format, Path> files;
    private static Path dir;

    private TestCalls() {
    }

    /** A generator on the test cache; fails (not skips) when espeak-ng is missing, even if clips are cached. */
    static synchronized CallGenerator generator() {
        CallGenerator gen = new CallGenerator(CACHE);
        gen.synthesizer().checkAvailable();
        return gen;
    }

    /** The reference call (~85 s). */
    static synchronized GeneratedCall reference() {
        if (reference == null) {
            CallGenerator gen = generator();
            CallGenerator.CallVoices v = new CallGenerator.CallVoices(CallGenerator.AGENT_VOICES.get(0),
                    CallGenerator.CUSTOMER_VOICES.get(0), 0.6, 0.4, -60);
            CallScript script = CallScript.builder(gen.lengths(v))
                    .lead(3.6)                                   // the caller waits: leading dead air
                    .agent("您好，很高兴为您服务，工号1006，请问有什么可以帮您？")
                    .pause(0.5).customer("你好，我家宽带从昨天晚上就上不了网了。")
                    .pause(0.4).agent("请问您的光猫上哪个指示灯是红色的？")
                    .pause(1.8).customer("有一个灯在闪红灯，上面写着LOS。")
                    .pause(0.6).agent("这个灯闪红说明光信号中断了，请您检查一下光纤有没有被折到。")
                    .interrupt(Speaker.CUSTOMER, "光纤看着没什么问题，就是有点弯。", 1.0)
                    .pause(0.7).agent("请您稍等，我帮您查询一下系统记录。")
                    .deadAir(6.5).agent("感谢您的耐心等待。")
                    .pause(0.4).agent("请您把光猫和路由器都断电重启一下。")
                    .pause(2.0).customer("都重启了，还是连不上。")
                    .pause(0.5).customer("断网这几天的费用能不能给减免一下？")
                    .pause(0.8).agent("如果确认是线路故障，可以按规定给您申请赔偿，按天折算退还宽带费。")
                    .interrupt(Speaker.CUSTOMER, "那你帮我申请一下。", 0.7)
                    .deadAir(4.2).agent("宽带故障单已经给您提交了，维修人员会在二十分钟内联系您。")
                    .pause(0.5).customer("好，我等电话。")
                    .pause(0.5).agent("感谢您的来电，再见。")
                    .tail(3.4)                                   // nobody hangs up: trailing dead air
                    .build();
            reference = gen.render(script, v, 1006L);
        }
        return reference;
    }

    /** The reference call written in {@code format} (written once). */
    static synchronized Path file(GeneratedCall.Format format) {
        try {
            if (files == null) {
                dir = Files.createTempDirectory("qw-analysis-test");
                dir.toFile().deleteOnExit();
                files = new EnumMap<>(GeneratedCall.Format.class);
            }
            Path p = files.get(format);
            if (p == null) {
                p = dir.resolve("reference-" + format.name().toLowerCase() + "." + format.extension());
                reference().write(p, format);
                p.toFile().deleteOnExit();
                files.put(format, p);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
