/**
 * Online story clustering: each arriving article joins an existing story or opens one, with
 * candidates from MinHash LSH buckets and an HNSW index over lead embeddings.
 */
package dev.storyweave.stories;
