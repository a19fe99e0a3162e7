/** JMH benchmarks of byline beside its peers; not published. See the module's README. */
package dev.byline.benchmarks;
