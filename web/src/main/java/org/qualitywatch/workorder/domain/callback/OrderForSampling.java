package org.qualitywatch.workorder.domain.callback;

import java.time.Instant;
import java.util.Objects;

/**
 * What callback sampling needs to know about a resolved work order. Only the number takes part in the draw;
 * business line and order type choose the rule (null matches only "*" rules); {@code resolvedAt} is carried for
 * the caller (e.g. to build a batch per period) and may be null.
 *
 * @param number       the work-order number, unique; the draw is derived from it
 * @param businessLine e.g. {@code DIGITAL_TV}, {@code BROADBAND}, {@code HD}
 * @param orderType    e.g. {@code REPAIR}, {@code COMPLAINT} (a {@code WorkOrderType} name)
 * @param resolvedAt   when the order reached "resolved"
 */
public record OrderForSampling(String number, String businessLine, String orderType, Instant resolvedAt) {

    public OrderForSampling {
        Objects.requireNonNull(number, "number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a work-order number is required for callback sampling");
        }
    }
}
