/** Contracts of the reference data: district settings, schools, student groups, people. */
import type { GroupKind, Language, RollupMode, SchoolLevel } from '../plan/plan.js';

export interface DistrictSettings {
  readonly name: string;
  readonly timeZone: string;
  readonly schoolYearStartMonth: number;
  readonly minN: number;
  readonly statusBands: { readonly onTrack: number; readonly watch: number };
  readonly rollupMode: RollupMode;
  readonly languages: readonly Language[];
}
export type UpdateSettingsRequest = Partial<DistrictSettings>;

export interface School {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly active: boolean;
}
export interface CreateSchoolRequest {
  readonly code: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly active?: boolean;
}
export type UpdateSchoolRequest = Partial<CreateSchoolRequest>;

export interface StudentGroup {
  readonly id: string;
  readonly code: string;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly kind: GroupKind;
  readonly sortOrder: number;
  /** Preloaded by Throughline; cannot be deleted. */
  readonly system: boolean;
  readonly active: boolean;
}
export interface CreateStudentGroupRequest {
  readonly code: string;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly kind: Exclude<GroupKind, 'all'>;
  readonly sortOrder?: number;
  readonly active?: boolean;
}
export type UpdateStudentGroupRequest = Partial<CreateStudentGroupRequest>;

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly title: string | null;
  readonly department: string | null;
  readonly supervisorId: string | null;
  readonly preferredLanguage: Language;
  readonly active: boolean;
}
export interface CreatePersonRequest {
  readonly name: string;
  readonly email: string;
  readonly title?: string | null;
  readonly department?: string | null;
  readonly supervisorId?: string | null;
  readonly preferredLanguage?: Language;
  readonly active?: boolean;
}
export type UpdatePersonRequest = Partial<CreatePersonRequest>;

/** A page of a list endpoint. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}
