/**
 * The audit trail: who played, downloaded, changed or exported what, when, from where. Entries are
 * only ever added.
 */
package org.qualitywatch.audit;
