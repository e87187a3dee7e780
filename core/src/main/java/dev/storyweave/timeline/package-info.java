/**
 * Dates and quantities in article text, resolved to absolute dates against each article's
 * (published or inferred) date, and the story's timeline of dated events.
 */
package dev.storyweave.timeline;
