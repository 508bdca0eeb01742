/**
 * REST resources of call sampling ({@code /api/sampling}): plans, previews and runs. Thin: they translate
 * HTTP to the application services; ADMIN and QA_LEAD edit and run, MANAGER reads.
 */
package org.qualitywatch.sampling.interfaces.rest;
