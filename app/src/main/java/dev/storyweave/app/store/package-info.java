/** The embedded, crash-safe article store: a Lucene index in a directory. */
package dev.storyweave.app.store;
