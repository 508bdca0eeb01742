/**
 * Working calendar and deadlines (工作日 / 时限), pure domain logic without container dependencies.
 *
 * <ul>
 *   <li>{@link org.qualitywatch.shared.domain.time.WorkingCalendar}: which dates are working days (Monday to
 *       Friday, minus public holidays, plus official make-up working days 调休上班) in one time zone, and
 *       deadline arithmetic on working days and office hours;</li>
 *   <li>{@link org.qualitywatch.shared.domain.time.Calendars}: the shipped holiday data (China 2026, as published
 *       by the State Council); the product treats it as editable data;</li>
 *   <li>{@link org.qualitywatch.shared.domain.time.DeadlineSpec}: a promise such as "15个工作日", "24h", "PT20M",
 *       "3天" or "当日", parsed from and printed to text, turned into a due instant;</li>
 *   <li>{@link org.qualitywatch.shared.domain.time.TimeLeft}: how much time is left (or overdue) at a given
 *       moment.</li>
 * </ul>
 *
 * <p>Conventions used throughout: a due instant is <em>exclusive</em> (work finished strictly before it is on
 * time; at or after it the item is overdue), day-based deadlines end at the start of the following local day
 * (local midnight, so "end of Wednesday" is Thursday 00:00), and the day on which the clock starts never counts
 * as one of the N days (Civil Code art. 201: 开始的当日不计入，自下一日开始计算).
 */
package org.qualitywatch.shared.domain.time;
