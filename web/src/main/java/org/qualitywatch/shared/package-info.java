/**
 * Pieces every domain module uses: the domain exception and, in {@code interfaces}, the REST
 * conventions (problem details, default-deny access control, CSRF) and web filters.
 */
package org.qualitywatch.shared;
