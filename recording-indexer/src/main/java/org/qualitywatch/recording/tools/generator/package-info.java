/**
 * Synthetic customer-service calls of a cable-TV / broadband operator with known ground truth.
 * <p>
 * Why: real call recordings are personal data and come without labels; the analyzer, ingest, search and demo need
 * many realistic calls whose speech, dead air and cross-talk are known to the millisecond. Mandarin utterances are
 * synthesized with espeak-ng (cached per voice and text), laid out on a timeline by
 * {@link org.qualitywatch.recording.tools.generator.CallScript} from the dialogues in
 * {@link org.qualitywatch.recording.tools.generator.Dialogues}, mixed into agent (left) and customer (right) tracks
 * by {@link org.qualitywatch.recording.tools.generator.CallGenerator}, and written as PCM/µ-law WAV, MP3 or mono
 * with a {@link org.qualitywatch.recording.tools.generator.GroundTruth} and a transcript.
 * {@link org.qualitywatch.recording.tools.generator.GenerateCalls} writes a PBX-style batch (audio, transcript
 * sidecars, {@code manifest.csv}, {@code .done}). Everything is deterministic for a seed.
 */
package org.qualitywatch.recording.tools.generator;
