/**
 * Complaints (投诉) from every source — the own hotline, the telecom regulator, the city 12345 hotline,
 * 12315, radio programmes, media, deputies, online platforms, digital city management and public
 * supervisors — each with its own deadlines from the editable source rules, a handling history, a reply to
 * the source, repeats and escalation; and supervision orders (督办单) issued to departments.
 */
package org.qualitywatch.complaint;
