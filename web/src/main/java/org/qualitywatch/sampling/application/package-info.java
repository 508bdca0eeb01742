/**
 * Use cases of call sampling: editing plans, previewing a plan for a period (no writes), running it once
 * per plan and period (sampling run + evaluation tasks assigned to monitors in one transaction), and the
 * timer that runs active plans when a period has ended.
 */
package org.qualitywatch.sampling.application;
