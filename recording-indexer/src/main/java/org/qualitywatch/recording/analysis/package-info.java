/**
 * Call-recording analysis with FFmpeg (JavaCV): what a file is, whether it is complete, who talks how much, where
 * the call goes silent (dead air) and where both sides talk at once (cross-talk), plus waveform peaks for the
 * player — all in one decoding pass — and a browser-playable MP3 copy.
 * <p>
 * Why: supervisors sample and score recorded calls; dead air, cross-talk and talk ratios point them at the calls
 * worth listening to, and broken or truncated files must be caught at ingest rather than in front of a monitor.
 * <p>
 * Plain Java, no CDI/EJB: the ingest service wraps {@link org.qualitywatch.recording.analysis.AudioAnalyzer} and
 * {@link org.qualitywatch.recording.analysis.AudioTranscoder} and feeds
 * {@link org.qualitywatch.recording.analysis.AnalysisSettings#from(java.util.function.Function)} from its settings.
 * Bad files surface as {@link org.qualitywatch.recording.analysis.UnreadableAudioException} with a reason; native
 * FFmpeg log lines go to {@link java.lang.System.Logger} {@code org.qualitywatch.recording.analysis.ffmpeg}.
 */
package org.qualitywatch.recording.analysis;
