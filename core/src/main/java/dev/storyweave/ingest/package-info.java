/** Turns files, folders, JSON lines, feeds and URLs into {@code Article}s or reported errors. */
package dev.storyweave.ingest;
