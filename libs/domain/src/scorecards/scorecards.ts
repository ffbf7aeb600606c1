// The board's quarterly scorecard: contracts, series scoring and the quarters a plan can show.
export * from './scorecard-contracts.js';
export * from './score-series.js';
export * from './scorecard-quarters.js';
