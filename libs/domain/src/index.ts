// The only public entry of @throughline/domain: pure types and functions shared by the API and the dashboard.
export * from './calendar/iso-date.js';
export * from './calendar/school-year.js';
export * from './system/health.js';
