/** Text quality of articles: a score and a flag for machine-translated or garbled text. */
package dev.storyweave.quality;
