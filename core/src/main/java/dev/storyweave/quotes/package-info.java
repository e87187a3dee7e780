/**
 * Finds quotations and reported statements, attributes them to speakers and merges their variants.
 */
package dev.storyweave.quotes;
