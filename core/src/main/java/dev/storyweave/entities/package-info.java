/** Finds names of people, places and organisations and resolves their variants into entities. */
package dev.storyweave.entities;
