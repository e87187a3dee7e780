/** Scores Storyweave on the public corpora in ../shared/data, next to published baselines. */
package dev.storyweave.app.eval;
