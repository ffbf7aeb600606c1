/**
 * Synthetic rosters: one record per student (and per teacher) per school year, with the student groups each belongs
 * to. Measurements are counted from these records, so every series adds up: race/ethnicity groups and gender groups
 * partition a school's students, program groups are subsets, and a district row is the sum of its schools.
 */
import { rng, type Rng } from './prng.js';
import { type DemoSchool, type Profile, PROFILES, SCHOOLS } from './demo-schools.js';

/** The preloaded student groups, in the order of their migration. */
export const GROUP_CODES = ['ALL', 'ED', 'SWD', 'EL', 'HI', 'AI', 'AS', 'BL', 'PI', 'WH', 'TR', 'F', 'M', 'X', 'MIG', 'HOM', 'FOS', 'MIL'] as const;
export type GroupCode = (typeof GROUP_CODES)[number];
export const GROUP = Object.fromEntries(GROUP_CODES.map((code, i) => [code, i])) as Readonly<Record<GroupCode, number>>;

export interface Unit {
  /** Position in its roster (persistent draws are indexed by it). */
  readonly index: number;
  readonly school: number;
  /** 0 = kindergarten; -1 for teachers. */
  readonly grade: number;
  /** Indexes into GROUP_CODES, All Students first. */
  readonly groups: readonly number[];
  readonly has: (group: number) => boolean;
  /** Teachers in their first three years. */
  readonly early: boolean;
}

// Index = race group − HI, in the order HI, AI, AS, BL, PI, WH, TR.
const ED_BY_RACE = [1.15, 1.25, 0.6, 1.2, 1.1, 0.7, 0.95];
const EL_BY_RACE = [2.2, 0.3, 1.6, 0.3, 1.0, 0.12, 0.3];
const STUDENTS_PER_TEACHER = { elementary: 15.5, middle: 16.5, high: 17.5, other: 11 } as const;

function unit(index: number, school: number, grade: number, groups: number[], early = false): Unit {
  let mask = 0;
  for (const g of groups) mask |= 1 << g;
  return { index, school, grade, groups, early, has: (group) => (mask & (1 << group)) !== 0 };
}

function weightedIndex(weights: readonly number[], u: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i] / total;
    if (u < acc) return i;
  }
  return weights.length - 1;
}

function student(r: Rng, index: number, s: number, grade: number, profile: Profile, school: DemoSchool): Unit {
  // Always draw the same number of values per student so one change does not reshuffle the rest of the roster.
  const [uRace, uGender, uEd, uEl, uSwd, uMig, uHom, uFos, uMil] = Array.from({ length: 9 }, () => r.next());
  const race = weightedIndex(profile.race, uRace);
  const gender = uGender < (grade >= 6 ? 0.007 : 0.001) ? GROUP.X : uGender < 0.49 ? GROUP.F : GROUP.M;
  const ed = uEd < Math.min(0.97, profile.ed * ED_BY_RACE[race]);
  const gradeEl = grade <= 2 ? 1.3 : grade <= 5 ? 1 : grade <= 8 ? 0.7 : 0.5;
  const groups = [GROUP.ALL, GROUP.HI + race, gender];
  if (ed) groups.push(GROUP.ED);
  if (uSwd < 0.135 * (gender === GROUP.M ? 1.35 : gender === GROUP.F ? 0.65 : 1)) groups.push(GROUP.SWD);
  if (uEl < Math.min(0.9, profile.el * EL_BY_RACE[race] * gradeEl)) groups.push(GROUP.EL);
  if (ed && uMig < profile.migrant * (race === 0 ? 3.5 : 0.4)) groups.push(GROUP.MIG);
  if (uHom < (ed ? 0.04 : 0.004)) groups.push(GROUP.HOM);
  if (uFos < 0.006) groups.push(GROUP.FOS);
  if (uMil < (school.military ?? profile.military)) groups.push(GROUP.MIL);
  return unit(index, s, grade, groups.sort((a, b) => a - b));
}

function enrollment(school: DemoSchool, yearIndex: number): number {
  return Math.round(school.enrollment * (1 + school.drift * yearIndex));
}

/** Students of plan year `yearIndex` (0 = the baseline year before the plan). */
export function buildStudents(yearIndex: number): Unit[] {
  const units: Unit[] = [];
  SCHOOLS.forEach((school, s) => {
    const r = rng(`roster:${school.key}:${yearIndex}`);
    const [low, high] = school.grades;
    const perGrade = enrollment(school, yearIndex) / (high - low + 1);
    for (let grade = low; grade <= high; grade++) {
      // Cohorts differ a little in size, and upper high-school grades are smaller (students leave or move).
      const size = Math.round(perGrade * (1 + 0.06 * r.normal()) * (grade >= 11 ? 0.93 : 1));
      for (let i = 0; i < size; i++) units.push(student(r, units.length, s, grade, PROFILES[school.area], school));
    }
  });
  return units;
}

/** Teachers of plan year `yearIndex`: All Students is the only group (staff are not disaggregated by student group). */
export function buildTeachers(yearIndex: number): Unit[] {
  const units: Unit[] = [];
  SCHOOLS.forEach((school, s) => {
    const r = rng(`teachers:${school.key}:${yearIndex}`);
    const count = Math.round(enrollment(school, yearIndex) / STUDENTS_PER_TEACHER[school.level]);
    for (let i = 0; i < count; i++) units.push(unit(units.length, s, -1, [GROUP.ALL], r.next() < 0.24));
  });
  return units;
}

/** Rosters by plan year, built once per seed run. */
export class Rosters {
  private readonly students = new Map<number, Unit[]>();
  private readonly teachers = new Map<number, Unit[]>();

  studentsOf(yearIndex: number): Unit[] {
    return cached(this.students, yearIndex, buildStudents);
  }

  teachersOf(yearIndex: number): Unit[] {
    return cached(this.teachers, yearIndex, buildTeachers);
  }
}

function cached(map: Map<number, Unit[]>, key: number, build: (key: number) => Unit[]): Unit[] {
  let units = map.get(key);
  if (!units) {
    units = build(key);
    map.set(key, units);
  }
  return units;
}
