/** Reading the files other systems export (CSV in UTF-8 or GBK). */
package org.qualitywatch.platform.io;
