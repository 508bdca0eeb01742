/**
 * Call sampling (抽检): which recorded calls quality monitors evaluate. A {@link
 * org.qualitywatch.sampling.domain.PlanDefinition} says which calls form the population, how many to
 * take (a quota per agent, a percentage per stratum with a fallback order) and which calls are always
 * taken on top (complaints, configured words, long dead air). {@link org.qualitywatch.sampling.domain.SampleDraw}
 * is the pure engine: same candidates, plan, seed and period, same sample, each selected call with the
 * rule, stratum, draw and a sentence that explain it. No framework code here.
 */
package org.qualitywatch.sampling.domain;
