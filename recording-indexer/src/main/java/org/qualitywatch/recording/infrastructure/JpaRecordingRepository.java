package org.qualitywatch.recording.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingRepository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

    @PersistenceContext(unitName = "recordings")
    EntityManager em;

    @Override
    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    @Override
    public Optional<Recording> findByAudio(String sha256) {
        return em.createQuery("select r from Recording r where r.audioSha256 = :sha", Recording.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public Optional<Recording> findByCall(String sourceSystem, String callId) {
        return em.createQuery("select r from Recording r where r.sourceSystem = :source and r.callId = :call "
                        + "and r.conflictWith is null", Recording.class)
                .setParameter("source", sourceSystem).setParameter("call", callId).getResultStream().findFirst();
    }

    @Override
    public void add(Recording recording) {
        em.persist(recording);
        em.flush();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> claimForAnalysis(int limit, Instant now, Duration lease) {
        List<Number> ids = em.createNativeQuery("update recording.recording set attempts = attempts + 1, "
                        + "next_attempt_at = ?1 where id in (select id from recording.recording "
                        + "where status in ('RECEIVED', 'RETRYING') and next_attempt_at <= ?2 "
                        + "order by next_attempt_at, id limit ?3 for update skip locked) returning id")
                .setParameter(1, Timestamp.from(now.plus(lease)))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Recording> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Recording r where r.id in :ids order by r.id", Recording.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Recording> findByCallIds(Collection<String> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Recording r where r.callId in :ids and r.conflictWith is null "
                + "order by r.startedAt", Recording.class).setParameter("ids", callIds).getResultList();
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createQuery("select r.id from Recording r where r.id > :after order by r.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from Recording r", Long.class).getSingleResult();
    }

    @Override
    public void savePeaks(long recordingId, int peaksPerSecond, int channels, byte[] data) {
        em.createNativeQuery("insert into recording.recording_peaks (recording_id, peaks_per_second, channels, data) "
                        + "values (?1, ?2, ?3, ?4) on conflict (recording_id) do update set "
                        + "peaks_per_second = excluded.peaks_per_second, channels = excluded.channels, data = excluded.data")
                .setParameter(1, recordingId).setParameter(2, peaksPerSecond).setParameter(3, channels)
                .setParameter(4, data).executeUpdate();
    }

    @Override
    public Optional<Peaks> findPeaks(long recordingId) {
        List<?> rows = em.createNativeQuery("select peaks_per_second, channels, data from recording.recording_peaks "
                + "where recording_id = ?1").setParameter(1, recordingId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Peaks(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (byte[]) row[2]));
    }
}
