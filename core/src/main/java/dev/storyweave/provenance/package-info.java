/**
 * Provenance inside a story: which articles copy, excerpt, summarise, rewrite or translate which,
 * found by aligning their sentences.
 */
package dev.storyweave.provenance;
