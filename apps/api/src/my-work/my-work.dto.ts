// The response of GET /api/my-work (contracts in libs/domain/src/contracts/my-work.ts).
export type { MyTactic, EntryRow, RequestMetric, DataRequest, MyWorkResponse } from '@throughline/domain';
