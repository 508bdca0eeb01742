package org.qualitywatch.shared.domain.time;

/**
 * Where the working calendar in force comes from (the editable holiday calendar), for every part of the
 * system that counts working days: stage clocks, appeal windows, complaint deadlines.
 */
public interface CalendarSource {

    WorkingCalendar workingCalendar();
}
