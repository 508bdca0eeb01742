package org.qualitywatch.recording.analysis;

/** Who is heard on a channel: stereo call recordings carry the agent on one channel and the customer on the other. */
public enum ChannelRole {
    AGENT,
    CUSTOMER,
    /** Mono (or more than two channels): the speakers are mixed, so the split is unknown. */
    UNKNOWN
}
