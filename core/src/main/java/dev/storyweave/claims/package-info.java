/** Groups a story's sentences into claims, counts independent support and finds conflicts. */
package dev.storyweave.claims;
