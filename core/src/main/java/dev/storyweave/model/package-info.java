/** The immutable records that the stages exchange; no stage logic lives here. */
package dev.storyweave.model;
