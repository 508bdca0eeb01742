/**
 * The editable rules of work-order handling, each kept as one versioned document: the three-level
 * category tree, the stage deadline rules, the holiday calendar and the callback plan. Every
 * document has shipped defaults (the domain brief's numbers); an edited document replaces them as a
 * whole, so a rule set is always consistent, and every version is kept.
 */
package org.qualitywatch.workorder.domain.rules;
