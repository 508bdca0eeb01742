/**
 * Callback sampling (回访抽样): which resolved work orders supervision calls back.
 *
 * <p>A {@link org.qualitywatch.workorder.domain.callback.CallbackPlan} holds ratio rules per business line and
 * order type ({@link org.qualitywatch.workorder.domain.callback.CallbackRule}, most specific rule wins) and a
 * seed. Every order gets a reproducible draw in [0, 1) from SHA-256 of the seed and the order number, so anyone
 * with the seed can check a decision. Two ways to decide, with identical draws:
 * <ul>
 *   <li>{@code decide(order)}: one by one as each order is resolved; selected when draw &lt; ratio. Never changes
 *       once made, but over a period the count is only statistically close to the ratio;</li>
 *   <li>{@code decideAll(orders)}: a batch per period (e.g. all orders resolved yesterday); per rule exactly
 *       round(ratio × n) orders, those with the smallest draws.</li>
 * </ul>
 * Pure domain logic, no container dependencies.
 */
package org.qualitywatch.workorder.domain.callback;
