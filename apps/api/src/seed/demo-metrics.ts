/**
 * The demo district's metrics and the shape of their data. `progress` is the share of the expected progress the
 * district actually made in plan years 1, 2 and 3 (1 = exactly on the board's trajectory); the generator aims the
 * district All Students series at it, so the plan shows a believable mix of statuses. Gaps are on a latent
 * (probit-like) scale in the direction of the outcome counted: for chronic absence a positive gap means more absent.
 */
import type { Cadence, Direction, Disaggregation, MetricKind, MetricUnit } from '@throughline/domain';
import type { GroupCode } from './demo-roster.js';

export type Gaps = Partial<Record<GroupCode, number>>;

/**
 * share: percent of units counted (numerator / denominator); mean: average of a per-unit value (scores, attendance);
 * rate: events per 100 units; ratio: a group's risk over everyone else's; count: a district total split over schools;
 * district: one district value, no disaggregation by data.
 */
export type Model = 'share' | 'mean' | 'rate' | 'ratio' | 'count' | 'district';

export interface Population {
  readonly of: 'students' | 'teachers';
  readonly grades?: readonly [number, number];
  /** Only units in this group (e.g. English learners). */
  readonly only?: GroupCode;
  /** Share of units responding (surveys, test takers). */
  readonly sample?: number;
  readonly early?: boolean;
}

export interface DemoMetric {
  readonly key: string;
  /** A goal or guardrail key from demo-plan.ts. */
  readonly parent: string;
  readonly name: string;
  /** The name in Spanish, for the Spanish public plan page. */
  readonly nameEs: string;
  readonly definition: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly direction: Direction;
  readonly band?: readonly [number, number];
  readonly kind: MetricKind;
  readonly cadence: Cadence;
  readonly lagDays: number;
  readonly owner: string;
  readonly disaggregation: Disaggregation;
  readonly headline?: boolean;
  readonly baseline: number;
  /** One per school year of the horizon; null before a metric existed. */
  readonly targets: readonly (number | null)[];
  /** Targets the board raised later: from horizon year `from` on, with the reason recorded. */
  readonly revision?: { readonly from: number; readonly values: readonly number[]; readonly reason: string };
  readonly progress: readonly number[];
  readonly model: Model;
  readonly population: Population;
  readonly gaps?: Gaps;
  /** Latent change per grade above kindergarten (older students miss more school, are suspended more). */
  readonly gradeSlope?: number;
  /** How strongly the school's own effect shows (negative: a stronger school has less of the outcome). */
  readonly schoolWeight?: number;
  /** Latent change per plan year for groups the district targets (gaps closing). */
  readonly trend?: Gaps;
  /** District offsets by calendar month (index 0 = January): the school-year rhythm of monthly data. */
  readonly season?: readonly number[];
  /** District month-to-month noise (standard deviation, in the metric's unit). */
  readonly wobble?: number;
  readonly mean?: { readonly low: number; readonly high: number; readonly scale: number };
  /** Model 'district' with fixed values for plan years 1, 2 (and 3), e.g. an audited fund balance. */
  readonly values?: readonly number[];
  /** Plan year whose end is the baseline (a metric added after adoption). Default 0: the year before the plan. */
  readonly introducedYear?: number;
  /** The source stopped sending files: no periods released less than this many days before today. */
  readonly feedStopsDaysBeforeToday?: number;
  /** Group baselines and targets: 'triple' the baseline, or 'accelerate' (1.5× the All Students gain). */
  readonly groupTargets?: { readonly codes: readonly GroupCode[]; readonly rule: 'triple' | 'accelerate' };
  /** Per-school baselines and targets (the All Students trajectory scaled to each school). */
  readonly schoolTargets?: boolean;
  /** School rows under this n arrive suppressed ("*") in the source file. */
  readonly suppressBelow?: number;
}

const ACADEMIC: Gaps = {
  ED: -0.45, SWD: -1.0, EL: -0.6, HI: -0.25, AI: -0.4, AS: 0.45, BL: -0.45, PI: -0.3, WH: 0.25, TR: 0,
  F: 0.1, M: -0.1, MIG: -0.3, HOM: -0.5, FOS: -0.6, MIL: 0.1,
};
const ABSENCE: Gaps = {
  ED: 0.5, SWD: 0.45, EL: -0.1, HI: 0.1, AI: 0.6, AS: -0.5, BL: 0.35, PI: 0.35, WH: -0.15, TR: 0.1,
  M: 0.05, X: 0.4, MIG: 0.3, HOM: 0.9, FOS: 0.6, MIL: -0.15,
};
const DISCIPLINE: Gaps = {
  ED: 0.4, SWD: 0.6, EL: -0.15, HI: 0.1, AI: 0.5, AS: -0.6, BL: 0.8, PI: 0.2, WH: -0.25, TR: 0.2,
  F: -0.45, M: 0.4, X: 0.2, HOM: 0.6, FOS: 0.7, MIL: -0.1,
};
const CLIMATE: Gaps = {
  ED: -0.15, SWD: -0.25, EL: 0.05, HI: -0.05, AI: -0.2, AS: 0.1, BL: -0.25, PI: -0.1, WH: 0.1, TR: -0.1,
  F: 0.05, X: -0.6, HOM: -0.3, FOS: -0.35, MIL: 0.05,
};
const FAMILY: Gaps = { ...CLIMATE, ED: -0.2, EL: 0.15, HI: 0.05 };
const EL_PROGRESS: Gaps = { SWD: -0.8, ED: -0.2, HOM: -0.3, MIG: -0.2, AS: 0.2 };

const GRADE_3: Population = { of: 'students', grades: [3, 3] };
const ALL_STUDENTS: Population = { of: 'students', grades: [0, 12] };
const SURVEYED: Population = { of: 'students', grades: [3, 12], sample: 0.85 };
const SENIORS: Population = { of: 'students', grades: [12, 12] };
const TEACHERS: Population = { of: 'teachers' };

export const METRICS: readonly DemoMetric[] = [
  { key: 'grade3-reading', parent: 'reading', name: 'Grade 3 reading proficiency', nameEs: 'Competencia en lectura de 3.º grado', definition: 'Percent of third graders scoring Meets or Exceeds on the spring state reading assessment.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 110, owner: 'assess', disaggregation: 'both', headline: true,
    baseline: 42, targets: [45.6, 49.2, 52.8, 56.4, 60], progress: [1.05, 0.97], model: 'share', population: GRADE_3, gaps: ACADEMIC, schoolWeight: 1.5, groupTargets: { codes: ['EL', 'SWD'], rule: 'accelerate' } },
  { key: 'k3-screener', parent: 'reading', name: 'K–3 students at benchmark on the literacy screener', nameEs: 'Estudiantes de kínder a 3.º grado que alcanzan el nivel de referencia en la evaluación de lectoescritura', definition: 'Percent of K–3 students at or above benchmark on the Acadience Reading composite (windows close in September, December, March and June).', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'quarterly', lagDays: 14, owner: 'assess', disaggregation: 'both',
    baseline: 51, targets: [54, 57, 60, 63, 66], progress: [1.0, 1.05, 1.1], model: 'share', population: { of: 'students', grades: [0, 3] }, gaps: ACADEMIC, schoolWeight: 1.5, wobble: 0.3 },
  { key: 'k-readiness', parent: 'reading', name: 'Kindergarten readiness', nameEs: 'Preparación para el kínder', definition: 'Percent of kindergarteners demonstrating readiness in all domains of the fall kindergarten entry assessment.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'annual', lagDays: 45, owner: 'assess', disaggregation: 'both',
    baseline: 58, targets: [60, 62, 64, 66, 68], progress: [1.5, 1.6], model: 'share', population: { of: 'students', grades: [0, 0] }, gaps: ACADEMIC, schoolWeight: 1 },
  { key: 'grade8-math', parent: 'math', name: 'Grade 8 mathematics proficiency', nameEs: 'Competencia en matemáticas de 8.º grado', definition: 'Percent of eighth graders scoring Meets or Exceeds on the spring state mathematics assessment.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 110, owner: 'assess', disaggregation: 'both', headline: true,
    baseline: 31, targets: [33.8, 36.6, 39.4, 42.2, 45], progress: [0.6, 0.55], model: 'share', population: { of: 'students', grades: [8, 8] }, gaps: ACADEMIC, schoolWeight: 1.5 },
  { key: 'interim-math', parent: 'math', name: 'Grades 6–8 on grade level in math (interim diagnostic)', nameEs: 'Estudiantes de 6.º a 8.º grado al nivel de su grado en matemáticas (evaluación diagnóstica periódica)', definition: 'Percent of students in grades 6–8 placing on or above grade level on the i-Ready mathematics diagnostic.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'quarterly', lagDays: 14, owner: 'assess', disaggregation: 'both',
    baseline: 36, targets: [38, 40, 42, 44, 46], progress: [0.8, 0.85, 0.9], model: 'share', population: { of: 'students', grades: [6, 8] }, gaps: ACADEMIC, schoolWeight: 1.5 },
  { key: 'algebra8', parent: 'math', name: 'Algebra I completed by the end of grade 8', nameEs: 'Álgebra I aprobada antes de terminar el 8.º grado', definition: 'Percent of eighth graders earning credit in Algebra I or a higher mathematics course.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'annual', lagDays: 60, owner: 'assess', disaggregation: 'both',
    baseline: 18, targets: [20, 22, 25, 28, 30], progress: [1.0, 0.9], model: 'share', population: { of: 'students', grades: [8, 8] }, gaps: ACADEMIC, schoolWeight: 1.5 },
  { key: 'el-progress', parent: 'english-learners', name: 'English learners making progress toward proficiency', nameEs: 'Aprendices de inglés que avanzan hacia el dominio del inglés', definition: 'Percent of English learners who gained at least one level on the annual English language proficiency assessment (ELPA).', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 120, owner: 'assess', disaggregation: 'both', headline: true,
    baseline: 48, targets: [50.4, 52.8, 55.2, 57.6, 60], progress: [1.2, 1.3], model: 'share', population: { of: 'students', grades: [1, 12], only: 'EL' }, gaps: EL_PROGRESS, gradeSlope: -0.05, schoolWeight: 1 },
  { key: 'el-reclassified', parent: 'english-learners', name: 'English learners reclassified as fluent English proficient', nameEs: 'Aprendices de inglés reclasificados como competentes con fluidez en inglés', definition: 'Percent of English learners enrolled on October 1 who met the state reclassification criteria during the school year.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 90, owner: 'assess', disaggregation: 'group',
    baseline: 11, targets: [12, 13, 14, 15, 16], progress: [0.9, 0.975], model: 'share', population: { of: 'students', grades: [0, 12], only: 'EL' }, gaps: EL_PROGRESS, gradeSlope: 0.04 },
  { key: 'chronic-absence', parent: 'attendance', name: 'Chronic absenteeism', nameEs: 'Ausentismo crónico', definition: 'Percent of enrolled students who have missed 10% or more of their enrolled days so far this school year (excused and unexcused), from the student information system.', unit: 'percent', decimals: 1, direction: 'down', kind: 'lagging', cadence: 'monthly', lagDays: 7, owner: 'analyst', disaggregation: 'both', headline: true,
    baseline: 21.5, targets: [19.5, 17.5, 15.5, 13.5, 12], progress: [0.8, 0.7, 0.65], model: 'share', population: ALL_STUDENTS, gaps: ABSENCE, gradeSlope: 0.06, schoolWeight: -1.2, schoolTargets: true,
    season: [0.5, 0.6, 0.4, 0.2, 0.1, 0, 0, 1.5, 0.8, 0, -0.2, 0.3], wobble: 0.2 },
  { key: 'attendance-rate', parent: 'attendance', name: 'Average daily attendance', nameEs: 'Asistencia diaria promedio', definition: 'Average share of enrolled days attended, year to date.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'monthly', lagDays: 5, owner: 'analyst', disaggregation: 'both',
    baseline: 92.6, targets: [93.2, 93.8, 94.4, 95, 95.5], progress: [0.9, 0.95, 1.05], model: 'mean', mean: { low: 40, high: 100, scale: -3 }, population: ALL_STUDENTS, gaps: ABSENCE, gradeSlope: 0.06, schoolWeight: -1.2,
    season: [-0.4, -0.5, -0.3, -0.2, -0.1, 0, 0, 0.6, 0.3, 0, -0.1, -0.3], wobble: 0.08 },
  { key: 'belonging', parent: 'belonging', name: 'Student sense of belonging', nameEs: 'Sentido de pertenencia de los estudiantes', definition: 'Average rating (1–5) on the five belonging items of the Panorama student survey, grades 3–12; fall and spring administrations.', unit: 'score', decimals: 2, direction: 'up', kind: 'lagging', cadence: 'semester', lagDays: 30, owner: 'analyst', disaggregation: 'both', headline: true,
    baseline: 3.45, targets: [3.52, 3.59, 3.66, 3.73, 3.8], progress: [1.0, 0.9, 0.9], model: 'mean', mean: { low: 1, high: 5, scale: 0.38 }, population: SURVEYED, gaps: CLIMATE, gradeSlope: -0.04, schoolWeight: 1 },
  { key: 'feel-safe', parent: 'belonging', name: 'Students who feel safe at school', nameEs: 'Estudiantes que se sienten seguros en la escuela', definition: 'Percent of surveyed students in grades 3–12 who agree or strongly agree that they feel safe at school (spring survey).', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'annual', lagDays: 45, owner: 'analyst', disaggregation: 'both',
    baseline: 68, targets: [70, 72, 74, 76, 78], progress: [1.1, 0.97], model: 'share', population: SURVEYED, gaps: CLIMATE, gradeSlope: -0.03, schoolWeight: 1 },
  { key: 'suspension-rate', parent: 'discipline', name: 'Out-of-school suspensions per 100 students', nameEs: 'Suspensiones fuera de la escuela por cada 100 estudiantes', definition: 'Out-of-school suspension incidents in the last 12 months per 100 enrolled students.', unit: 'rate', decimals: 1, direction: 'down', kind: 'lagging', cadence: 'monthly', lagDays: 10, owner: 'analyst', disaggregation: 'both', headline: true,
    baseline: 6.8, targets: [6.1, 5.4, 4.7, 4, 3.5], progress: [1.1, 1.0, 0.98], model: 'rate', population: ALL_STUDENTS, gaps: DISCIPLINE, gradeSlope: 0.15, schoolWeight: -1, wobble: 0.05 },
  { key: 'referral-rate', parent: 'discipline', name: 'Office discipline referrals per 100 students', nameEs: 'Remisiones disciplinarias a la dirección por cada 100 estudiantes', definition: 'Office discipline referrals logged in the behaviour platform during the month, per 100 enrolled students.', unit: 'rate', decimals: 1, direction: 'down', kind: 'leading', cadence: 'monthly', lagDays: 7, owner: 'analyst', disaggregation: 'both',
    baseline: 4.2, targets: [3.9, 3.6, 3.3, 3, 2.7], progress: [1.0, 0.9, 0.9], model: 'rate', population: ALL_STUDENTS, gaps: DISCIPLINE, gradeSlope: 0.12, schoolWeight: -1,
    season: [0, 0.7, 0.4, 0.6, 0.1, -2.5, 0, -2, -0.4, 0.4, 0.2, -0.6], wobble: 0.1, feedStopsDaysBeforeToday: 75 },
  { key: 'suspension-risk-ratio', parent: 'disproportionality', name: 'Suspension risk ratio, Black students', nameEs: 'Índice de riesgo de suspensión de los estudiantes afroamericanos', definition: 'Share of Black students with at least one out-of-school suspension this school year, divided by the same share for all other students (1.0 = parity).', unit: 'ratio', decimals: 2, direction: 'down', kind: 'lagging', cadence: 'annual', lagDays: 45, owner: 'analyst', disaggregation: 'school',
    baseline: 2.9, targets: [2.6, 2.3, 2, 1.75, 1.5], progress: [0.8, 0.88], model: 'ratio', population: ALL_STUDENTS, gaps: DISCIPLINE, gradeSlope: 0.15, schoolWeight: -1 },
  { key: 'sped-risk-ratio', parent: 'disproportionality', name: 'Special education identification risk ratio, Black students', nameEs: 'Índice de riesgo de identificación para educación especial de los estudiantes afroamericanos', definition: 'Share of Black students identified for special education divided by the same share for all other students (December 1 child count).', unit: 'ratio', decimals: 2, direction: 'down', kind: 'lagging', cadence: 'annual', lagDays: 120, owner: 'sped', disaggregation: 'district',
    baseline: 1.62, targets: [1.55, 1.45, 1.35, 1.25, 1.15], progress: [1.0, 0.96], model: 'district', population: ALL_STUDENTS },
  { key: 'graduation-rate', parent: 'graduation', name: 'Four-year graduation rate', nameEs: 'Tasa de graduación en cuatro años', definition: 'Four-year adjusted cohort graduation rate (state calculation), reported in the cohort\'s expected graduation year.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 180, owner: 'assess', disaggregation: 'both', headline: true,
    baseline: 84, targets: [85.6, 87.2, 88.8, 90.4, 92], progress: [0.975, 1.0], model: 'share', population: SENIORS, gaps: ACADEMIC, schoolWeight: 2.5, suppressBelow: 5 },
  { key: 'ninth-on-track', parent: 'graduation', name: 'Ninth graders on track to graduate', nameEs: 'Estudiantes de 9.º grado en camino a graduarse', definition: 'Percent of 9th graders with enough credits to be promoted and no more than one semester F in a core course, at the end of each semester.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'semester', lagDays: 21, owner: 'assess', disaggregation: 'both',
    baseline: 74, targets: [76, 78, 80, 82, 84], progress: [1.1, 0.97, 1.0], model: 'share', population: { of: 'students', grades: [9, 9] }, gaps: ACADEMIC, schoolWeight: 2 },
  { key: 'fafsa', parent: 'graduation', name: 'Seniors completing the FAFSA', nameEs: 'Estudiantes de 12.º grado que completan la FAFSA', definition: 'Percent of seniors who submitted a FAFSA (or the state alternative application) by June 30.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'annual', lagDays: 30, owner: 'analyst', disaggregation: 'both',
    baseline: 52, targets: [55, 58, 61, 64, 67], progress: [0.7, 0.9], model: 'share', population: SENIORS, gaps: { ...ACADEMIC, ED: -0.2, EL: -0.5 }, schoolWeight: 1.5 },
  { key: 'advanced-coursework', parent: 'advanced', name: 'Students completing an AP, IB or dual-credit course', nameEs: 'Estudiantes que completan un curso AP, IB o de crédito dual', definition: 'Percent of students in grades 10–12 who completed at least one AP, IB or dual-credit course during the school year.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 75, owner: 'assess', disaggregation: 'both', headline: true,
    baseline: 28, targets: [30.4, 32.8, 35.2, 37.6, 40], progress: [1.46, 1.48], model: 'share', population: { of: 'students', grades: [10, 12] }, gaps: { ...ACADEMIC, ED: -0.75, HI: -1.2, BL: -1.4 }, schoolWeight: 1.5, trend: { BL: 0.3, HI: 0.26 },
    revision: { from: 2, values: [37, 40, 43], reason: 'Raised by the board after year-1 participation beat the target (open-enrollment policy).' }, groupTargets: { codes: ['BL', 'HI'], rule: 'triple' } },
  { key: 'ap-pass', parent: 'advanced', name: 'AP exams scored 3 or higher', nameEs: 'Exámenes AP con calificación de 3 o más', definition: 'Percent of AP exams taken by Riverbend students that scored 3, 4 or 5.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 75, owner: 'assess', disaggregation: 'group',
    baseline: 58, targets: [59, 60, 61, 62, 63], progress: [0.5, 0.9], model: 'share', population: { of: 'students', grades: [10, 12], sample: 0.3 }, gaps: ACADEMIC },
  { key: 'credentials', parent: 'career', name: 'Industry-recognized credentials earned', nameEs: 'Certificaciones reconocidas por la industria obtenidas', definition: 'Industry-recognized credentials (e.g. CNA, OSHA-10, AWS Cloud Practitioner) earned by students during the school year.', unit: 'count', decimals: 0, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 60, owner: 'ccr', disaggregation: 'school', headline: true,
    baseline: 310, targets: [350, 400, 450, 500, 550], progress: [1.0, 0.98], model: 'count', population: { of: 'students', grades: [11, 12] } },
  { key: 'work-based-learning', parent: 'career', name: 'Seniors completing a work-based learning experience', nameEs: 'Estudiantes de 12.º grado que completan una experiencia de aprendizaje basado en el trabajo', definition: 'Percent of seniors completing an internship, apprenticeship or clinical rotation of 60+ hours. Collected district-wide since 2025-26 (pilot baseline); first full-year results after 2026-27.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 90, owner: 'ccr', disaggregation: 'both',
    baseline: 14, targets: [null, null, 20, 27, 35], progress: [], model: 'share', population: SENIORS, introducedYear: 2 },
  { key: 'teacher-retention', parent: 'teachers', name: 'Teacher retention', nameEs: 'Retención de maestros', definition: 'Percent of teachers employed during the school year who returned to a Riverbend teaching position the following fall (October staffing count).', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 100, owner: 'talent', disaggregation: 'school', headline: true,
    baseline: 84, targets: [85.2, 86.4, 87.6, 88.8, 90], progress: [1.0, 0.975], model: 'share', population: TEACHERS, schoolWeight: 1.5 },
  { key: 'early-career-retention', parent: 'teachers', name: 'Early-career teacher retention (years 1–3)', nameEs: 'Retención de maestros al inicio de su carrera (años 1 a 3)', definition: 'Teacher retention for teachers in their first three years in the profession.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'annual', lagDays: 100, owner: 'talent', disaggregation: 'district',
    baseline: 72, targets: [74, 76, 78, 80, 82], progress: [0.8, 0.88], model: 'share', population: { of: 'teachers', early: true }, schoolWeight: 1.5 },
  { key: 'staff-engagement', parent: 'teachers', name: 'Staff engagement (favourable)', nameEs: 'Compromiso del personal (respuestas favorables)', definition: 'Percent favourable on the engagement index of the spring staff survey.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'annual', lagDays: 30, owner: 'talent', disaggregation: 'school',
    baseline: 61, targets: [63, 65, 67, 69, 71], progress: [1.0, 0.96], model: 'share', population: { of: 'teachers', sample: 0.82 }, schoolWeight: 2 },
  { key: 'family-satisfaction', parent: 'families', name: 'Family satisfaction', nameEs: 'Satisfacción de las familias', definition: 'Percent of responding families who agree they are satisfied with their child\'s school (spring family survey, English and Spanish).', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 45, owner: 'family', disaggregation: 'both', headline: true,
    baseline: 71, targets: [73.8, 76.6, 79.4, 82.2, 85], progress: [1.1, 0.97], model: 'share', population: { of: 'students', grades: [0, 12], sample: 0.4 }, gaps: FAMILY, schoolWeight: 1.2 },
  { key: 'conference-attendance', parent: 'families', name: 'Families attending a parent-teacher conference', nameEs: 'Familias que asisten a una conferencia de padres y maestros', definition: 'Percent of K–8 students whose family attended at least one parent-teacher conference in the semester.', unit: 'percent', decimals: 1, direction: 'up', kind: 'leading', cadence: 'semester', lagDays: 30, owner: 'family', disaggregation: 'school',
    baseline: 64, targets: [67, 70, 73, 76, 80], progress: [1.0, 0.96, 1.0], model: 'share', population: { of: 'students', grades: [0, 8] }, gaps: { ...FAMILY, ED: -0.4, EL: -0.3 }, gradeSlope: -0.1, schoolWeight: 1.5 },
  { key: 'fund-balance', parent: 'fund-balance', name: 'Unassigned general fund balance', nameEs: 'Saldo no asignado del fondo general', definition: 'Unassigned general fund balance as a percent of annual general fund expenditures (audited; fiscal year ends June 30).', unit: 'percent', decimals: 1, direction: 'maintain', band: [8, 12], kind: 'lagging', cadence: 'annual', lagDays: 140, owner: 'budget', disaggregation: 'district',
    baseline: 10.4, targets: [10, 10, 10, 10, 10], progress: [], values: [9.6, 7.8], model: 'district', population: ALL_STUDENTS },
  { key: 'day-one-vacancies', parent: 'staffing', name: 'Teacher vacancies on the first day of school', nameEs: 'Plazas de maestro vacantes el primer día de clases', definition: 'Classroom teacher positions without a teacher of record on the first student day.', unit: 'count', decimals: 0, direction: 'down', kind: 'lagging', cadence: 'annual', lagDays: 0, owner: 'talent', disaggregation: 'district',
    baseline: 42, targets: [34, 26, 18, 10, 5], progress: [1.5, 1.4], model: 'district', population: TEACHERS },
  { key: 'certified-teachers', parent: 'staffing', name: 'Teachers fully certified for their assignment', nameEs: 'Maestros con certificación completa para su puesto', definition: 'Percent of teachers of record holding a full (not emergency or provisional) certificate for their assignment.', unit: 'percent', decimals: 1, direction: 'up', kind: 'lagging', cadence: 'annual', lagDays: 120, owner: 'talent', disaggregation: 'school',
    baseline: 93, targets: [94, 95, 96, 97, 98], progress: [1.0, 0.96], model: 'share', population: TEACHERS, schoolWeight: 2 },
];
