/**
 * Work orders (工单): every customer request from acceptance to archive, with its hand-offs, stage
 * deadlines, first-contact responsibility and callbacks.
 */
package org.qualitywatch.workorder;
