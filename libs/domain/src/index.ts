// The only public entry of @throughline/domain: pure types and functions shared by the API and the dashboard.
export * from './calendar/iso-date.js';
export * from './calendar/school-year.js';
export * from './system/health.js';
export * from './plan/plan.js';
export * from './contracts/reference.js';
export * from './contracts/plans.js';
export * from './contracts/metrics.js';
export * from './contracts/tactics.js';
export * from './targets/expected-value.js';
export * from './status/metric-status.js';
export * from './status/tactic-health.js';
export * from './status/rollup.js';
export * from './equity/equity-gap.js';
export * from './equity/suppress.js';
export * from './accountability/accountability.js';
export * from './series/downsample.js';
export * from './plan/build-plan-tree.js';
