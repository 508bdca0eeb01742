package org.qualitywatch.attachment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.attachment.domain.Attachment;
import org.qualitywatch.attachment.domain.AttachmentStore;
import org.qualitywatch.attachment.domain.ContentType;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Accepts and lists attachments. Access to the owner is checked by the caller (the complaint or report it
 * belongs to); this service checks the file itself.
 */
@ApplicationScoped
public class Attachments {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    AttachmentStore store;

    private final long maxBytes = Settings.system().getInt("qw.attachment.max-mb", 10) * 1024L * 1024L;

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @throws DomainException invalid (with the reason) for an empty, oversized or refused file
     */
    @Transactional
    public Attachment add(String ownerType, long ownerId, String fileName, byte[] content, String by) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_")
                .strip();
        if (content.length > maxBytes) {
            throw DomainException.invalid("\"" + name + "\" is " + (content.length / 1024 / 1024) + " MB; attachments "
                    + "may be at most " + maxBytes / 1024 / 1024 + " MB (QW_ATTACHMENT_MAX_MB).");
        }
        ContentType.Result detected = ContentType.detect(Arrays.copyOf(content, Math.min(content.length, 4096)), name);
        if (!detected.accepted()) {
            throw DomainException.invalid(detected.refusal());
        }
        String key;
        try {
            key = store.put(content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store attachment " + name, e);
        }
        Attachment a = new Attachment(ownerType, ownerId, name, detected.type(), content.length, sha256(content), key, by,
                Instant.now());
        em.persist(a);
        em.flush();
        return a;
    }

    @Transactional
    public List<Attachment> of(String ownerType, long ownerId) {
        return em.createQuery("select a from Attachment a where a.ownerType = :t and a.ownerId = :id order by a.id",
                Attachment.class).setParameter("t", ownerType).setParameter("id", ownerId).getResultList();
    }

    @Transactional
    public Attachment find(long id) {
        Attachment a = em.find(Attachment.class, id);
        if (a == null) {
            throw DomainException.notFound("There is no attachment " + id + ".");
        }
        return a;
    }

    public java.io.InputStream open(Attachment a) {
        try {
            return store.open(a.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + a.id() + " cannot be read", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
