/**
 * Elasticsearch access shared by the modules: the one client, index templates installed from JSON
 * resources, time-based indices behind aliases, and the transactional outbox that carries
 * changes from PostgreSQL (the source of truth) to Elasticsearch and survives its outages.
 */
package org.qualitywatch.platform.search;
