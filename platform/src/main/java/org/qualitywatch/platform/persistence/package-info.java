/**
 * Schema migrations: every bounded module owns one PostgreSQL schema and migrates it with Flyway at
 * deployment. Hibernate never creates or alters tables.
 */
package org.qualitywatch.platform.persistence;
