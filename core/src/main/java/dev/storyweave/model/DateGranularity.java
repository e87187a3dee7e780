package dev.storyweave.model;

/** How precise a resolved date is; the date of a coarser period is its first day. */
public enum DateGranularity {
  DAY,
  /** A calendar week, dated by its Monday. */
  WEEK,
  MONTH,
  /** A meteorological season: spring from 1 March, summer 1 June, autumn 1 September. */
  SEASON,
  YEAR
}
