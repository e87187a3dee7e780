/**
 * Selects and orders a story's claims into a cited briefing and renders reports as Markdown and
 * HTML.
 */
package dev.storyweave.briefing;
