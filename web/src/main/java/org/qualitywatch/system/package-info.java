/** Running the application: start-up, health of the services it depends on, first accounts. */
package org.qualitywatch.system;
