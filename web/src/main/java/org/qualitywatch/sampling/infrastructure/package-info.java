/**
 * Plain JDBC for sampling: plans and runs in {@code qw.sampling_plan} / {@code qw.sampling_run}, the
 * evaluation tasks a run inserts into {@code qw.evaluation}, the already evaluated calls, open task counts
 * per monitor, and the complaint-linked calls read from {@code qw.work_order}. JDBC rather than JPA because
 * these are set-based reads and inserts of thousands of rows with no object graph to manage.
 */
package org.qualitywatch.sampling.infrastructure;
