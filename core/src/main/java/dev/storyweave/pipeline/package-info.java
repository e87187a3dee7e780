/** Runs the stages in order over a batch of articles and assembles the report. */
package dev.storyweave.pipeline;
