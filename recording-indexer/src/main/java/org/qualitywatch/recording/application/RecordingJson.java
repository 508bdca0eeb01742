package org.qualitywatch.recording.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qualitywatch.recording.domain.AnalysisSummary;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.Utterance;

import java.util.List;

/** The JSON columns of a recording (transcript, analysis) to and from their value types. */
public final class RecordingJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RecordingJson() {
    }

    public static List<Utterance> transcript(Recording r) {
        if (r.transcriptJson() == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(r.transcriptJson(), new TypeReference<List<Utterance>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored transcript of recording " + r.id() + " is not readable", e);
        }
    }

    public static AnalysisSummary analysis(Recording r) {
        if (r.analysisJson() == null) {
            return null;
        }
        try {
            return MAPPER.readValue(r.analysisJson(), AnalysisSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis of recording " + r.id() + " is not readable", e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
