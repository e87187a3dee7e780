/**
 * Per-article signals computed once and stored: shingle MinHash, lead embedding, name keys, and the
 * sentence embedder that later stages share.
 */
package dev.storyweave.signals;
