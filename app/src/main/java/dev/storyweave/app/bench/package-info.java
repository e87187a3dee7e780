/** Throughput, latency and memory benchmarks of the pipeline on synthetic news streams. */
package dev.storyweave.app.bench;
