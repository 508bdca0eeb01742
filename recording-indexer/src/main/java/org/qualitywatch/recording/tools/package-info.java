/**
 * Developer tools that ship with the recording module but are not used by the server:
 * {@link org.qualitywatch.recording.tools.AnalysisBenchmark} measures the analyzer against the FFmpeg CLI, and
 * {@link org.qualitywatch.recording.tools.generator} makes synthetic calls with known truth for tests, benchmarks
 * and the demo.
 */
package org.qualitywatch.recording.tools;
