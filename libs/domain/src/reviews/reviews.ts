// The reviews feature's contracts and pure logic: the cabinet's monthly review (generated agenda, decisions,
// action items), the snapshots that closing it freezes, and status over time.
export * from './snapshot-rows.js';
export * from './agenda.js';
export * from './group-series.js';
export * from './review-contracts.js';
