package org.qualitywatch.recording.tools.generator;

/** The two parties of a call; the agent is recorded on channel 0 (left), the customer on channel 1 (right). */
public enum Speaker {
    AGENT,
    CUSTOMER;

    public Speaker other() {
        return this == AGENT ? CUSTOMER : AGENT;
    }
}
