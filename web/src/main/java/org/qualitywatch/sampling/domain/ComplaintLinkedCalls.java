package org.qualitywatch.sampling.domain;

import java.time.Instant;
import java.util.Set;

/**
 * The calls complaints name, for the mandatory complaint rule. Today the work orders of type COMPLAINT
 * provide them; the complaints module will add its own source behind this interface.
 */
public interface ComplaintLinkedCalls {

    /** Call ids named by complaints that could concern calls made in {@code [from, to)}. */
    Set<String> callIds(Instant from, Instant to);
}
