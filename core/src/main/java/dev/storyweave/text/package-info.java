/** Splits article text into sentences and tokens with offsets, and folds text for matching. */
package dev.storyweave.text;
