/**
 * Files attached to complaints, supervision orders and supervisors' reports. Content is checked by its
 * bytes, not its name (a renamed executable or an HTML page is refused), sizes are limited, files are kept
 * behind {@link org.qualitywatch.attachment.domain.AttachmentStore} (file system now, object storage later)
 * and always served as downloads with {@code nosniff}, never rendered inline as HTML.
 */
package org.qualitywatch.attachment;
