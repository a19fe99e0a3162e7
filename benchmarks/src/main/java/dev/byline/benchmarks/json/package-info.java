/**
 * JMH benchmarks of the JSON wire format: byline's Jackson module beside Jackson databind over
 * plain records and a minimal hand-written streaming codec, on the same documents.
 */
package dev.byline.benchmarks.json;
