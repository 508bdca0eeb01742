package org.qualitywatch.sampling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The engine alone on a million calls (no database): run with
 * {@code mvn -o -pl web exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.qualitywatch.sampling.domain.SampleDrawBenchmark}.
 */
public final class SampleDrawBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PeriodWindow month = Cadence.MONTHLY.periodOf(LocalDate.of(2026, 10, 1), ZoneId.of("Asia/Shanghai"));
        String[] lines = {"BROADBAND", "DIGITAL_TV", "HD"};
        List<CandidateCall> calls = new ArrayList<>(n);
        long span = month.to().getEpochSecond() - month.from().getEpochSecond();
        for (int i = 0; i < n; i++) {
            int agent = 1 + i % 500;
            calls.add(new CandidateCall(i, "BS-" + i, ("B" + agent).intern(), ("班组" + agent % 25).intern(),
                    lines[i % 20 < 10 ? 0 : i % 20 < 17 ? 1 : 2], "IN",
                    Instant.ofEpochSecond(month.from().getEpochSecond() + (i * 7919L) % span), 30 + i % 600,
                    i % 97 == 0 ? 25 : 3, i % 41 < 2 ? List.of("投诉") : List.of(), false));
        }
        PlanDefinition plan = new PlanDefinition(Cadence.MONTHLY, PlanDefinition.StratifyBy.BUSINESS_LINE, null,
                new PlanDefinition.Quota(true, 20, 8, 3),
                new PlanDefinition.Percentage(true, 5.0, null, List.of("BROADBAND", "DIGITAL_TV", "HD"),
                        PlanDefinition.Fallback.NEXT_IN_ORDER), null, null).withDefaults(SamplingDefaults.builtIn());
        for (int run = 0; run < 6; run++) {
            long t = System.nanoTime();
            Sample s = new SampleDraw(plan, "bench", "bench-seed", month, a -> a.endsWith("5")).draw(calls, Set.of());
            System.out.printf("draw of %,d calls: %,d selected in %d ms%n", n, s.selected().size(),
                    (System.nanoTime() - t) / 1_000_000);
        }
    }
}
