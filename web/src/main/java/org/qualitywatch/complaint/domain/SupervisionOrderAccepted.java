package org.qualitywatch.complaint.domain;

/**
 * Fired (CDI, in the accepting transaction) when the issuer accepts a department's reply to a supervision
 * order, so whatever the order came from (e.g. a public supervisor's report) can take the answer.
 */
public record SupervisionOrderAccepted(long orderId, SupervisionOrder.Origin origin, String originRef, String reply) {
}
