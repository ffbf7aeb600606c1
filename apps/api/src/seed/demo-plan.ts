/**
 * "Riverbend Rising", the demo district's five-year plan: priorities, board goals (written from their headline
 * metric, so the numbers in the sentence are the numbers in the data), guardrails, strategies and the initiative
 * inventory. Years are relative to the plan's horizon, so the text stays true whatever `today` is.
 */
import type { InitiativeDecision } from '@throughline/domain';

export const PLAN_TEXT = {
  name: 'Riverbend Rising',
  mission:
    'Riverbend Unified partners with families and the community so that every student learns at high levels and leaves us ready for college, career and life.',
  vision: 'Every Riverbend graduate is known, challenged and prepared to shape the future of our community.',
  values: ['Students first', 'Equity in action', 'High expectations for all', 'Partnership with families', 'Stewardship and transparency'],
  // Spanish for the public plan page families read; values in the same order as `values`.
  missionEs:
    'Riverbend Unified trabaja junto con las familias y la comunidad para que cada estudiante aprenda a un alto nivel y se gradúe con la preparación que necesita para la universidad, una carrera y la vida.',
  visionEs: 'Cada graduado de Riverbend es conocido, desafiado y preparado para forjar el futuro de nuestra comunidad.',
  valuesEs: ['Los estudiantes primero', 'Equidad en acción', 'Altas expectativas para todos', 'Colaboración con las familias', 'Administración responsable y transparencia'],
  learnerProfile: [
    'Strong reader, writer and mathematician',
    'Critical thinker and problem solver',
    'Effective communicator, in more than one language when possible',
    'Collaborative and empathetic teammate',
    'Self-directed and resilient learner',
    'Engaged member of the Riverbend community',
  ],
} as const;

/** The numbers a goal sentence quotes: its headline metric's baseline and final target, and the plan's years. */
export interface GoalFacts {
  readonly from: string;
  readonly to: string;
  /** Calendar year of the baseline's end (June), and of the final target's end. */
  readonly y0: number;
  readonly y5: number;
  /** School-year labels of the baseline year and the last plan year (`2023-24`, `2028-29`). */
  readonly label0: string;
  readonly label5: string;
}

export interface DemoPriority {
  readonly key: string;
  readonly title: string;
  readonly titleEs: string;
  readonly description: string;
  readonly owner: string;
}

export interface DemoGoal {
  readonly key: string;
  readonly priority: string;
  readonly owner: string;
  readonly title: (f: GoalFacts) => string;
  /** The same sentence in Spanish, quoting the same facts. */
  readonly titleEs: (f: GoalFacts) => string;
  readonly description: string;
}

export const PRIORITIES: readonly DemoPriority[] = [
  { key: 'literacy', title: 'Early literacy and numeracy', titleEs: 'Lectoescritura y matemáticas en los primeros grados', owner: 'cao', description: 'Every child reads and computes with confidence by the end of third grade and is ready for algebra by the end of eighth.' },
  { key: 'engaged', title: 'Engaged students and safe schools', titleEs: 'Estudiantes comprometidos y escuelas seguras', owner: 'equity', description: 'Students come to school every day because they feel they belong, are safe and are treated fairly.' },
  { key: 'ready', title: 'College, career and life ready', titleEs: 'Preparación universitaria, profesional y para la vida', owner: 'area-sec', description: 'Every student graduates with a plan, early college credit or an industry credential, and the skills of the learner profile.' },
  { key: 'stewardship', title: 'Thriving staff and responsible stewardship', titleEs: 'Personal que prospera y uso responsable de los recursos', owner: 'chro', description: 'Great teachers choose Riverbend and stay; families trust us; every dollar is spent where it moves student outcomes.' },
];

export const GOALS: readonly DemoGoal[] = [
  { key: 'reading', priority: 'literacy', owner: 'area-elem', description: 'State reading assessment, grade 3 (Meets or Exceeds).',
    title: (f) => `The percentage of third-grade students reading at or above grade level will increase from ${f.from} in June ${f.y0} to ${f.to} in June ${f.y5}.`,
    titleEs: (f) => `El porcentaje de estudiantes de 3.º grado que leen al nivel de su grado o por encima de él aumentará del ${f.from} en junio de ${f.y0} al ${f.to} en junio de ${f.y5}.` },
  { key: 'math', priority: 'literacy', owner: 'area-sec', description: 'State mathematics assessment, grade 8 (Meets or Exceeds).',
    title: (f) => `The percentage of eighth-grade students meeting or exceeding standards in mathematics will increase from ${f.from} in June ${f.y0} to ${f.to} in June ${f.y5}.`,
    titleEs: (f) => `El porcentaje de estudiantes de 8.º grado que alcanzan o superan los estándares de matemáticas aumentará del ${f.from} en junio de ${f.y0} al ${f.to} en junio de ${f.y5}.` },
  { key: 'english-learners', priority: 'literacy', owner: 'el', description: 'Annual English language proficiency assessment (ELPA).',
    title: (f) => `The percentage of English learners making annual progress toward English proficiency will increase from ${f.from} in June ${f.y0} to ${f.to} in June ${f.y5}.`,
    titleEs: (f) => `El porcentaje de aprendices de inglés que avanzan cada año hacia el dominio del inglés aumentará del ${f.from} en junio de ${f.y0} al ${f.to} en junio de ${f.y5}.` },
  { key: 'attendance', priority: 'engaged', owner: 'cos', description: 'Chronic absenteeism: missing 10% or more of enrolled days, for any reason.',
    title: (f) => `The percentage of students who are chronically absent will decrease from ${f.from} in ${f.label0} to ${f.to} in ${f.label5}.`,
    titleEs: (f) => `El porcentaje de estudiantes con ausentismo crónico disminuirá del ${f.from} en el año escolar ${f.label0} al ${f.to} en el año escolar ${f.label5}.` },
  { key: 'belonging', priority: 'engaged', owner: 'student-services', description: 'Panorama student survey, grades 3–12, belonging items (1–5).',
    title: (f) => `Students' average sense-of-belonging rating will rise from ${f.from} in spring ${f.y0} to ${f.to} in spring ${f.y5} on a five-point scale.`,
    titleEs: (f) => `La calificación promedio del sentido de pertenencia de los estudiantes subirá de ${f.from} en la primavera de ${f.y0} a ${f.to} en la primavera de ${f.y5}, en una escala de cinco puntos.` },
  { key: 'discipline', priority: 'engaged', owner: 'equity', description: 'Out-of-school suspensions per 100 students, rolling 12 months.',
    title: (f) => `Out-of-school suspensions will decrease from ${f.from} per 100 students in ${f.label0} to ${f.to} per 100 students in ${f.label5}.`,
    titleEs: (f) => `Las suspensiones fuera de la escuela disminuirán de ${f.from} por cada 100 estudiantes en el año escolar ${f.label0} a ${f.to} por cada 100 estudiantes en el año escolar ${f.label5}.` },
  { key: 'graduation', priority: 'ready', owner: 'area-sec', description: 'Four-year adjusted cohort graduation rate (state calculation).',
    title: (f) => `The four-year graduation rate will increase from ${f.from} for the class of ${f.y0} to ${f.to} for the class of ${f.y5}.`,
    titleEs: (f) => `La tasa de graduación en cuatro años aumentará del ${f.from} para la generación de ${f.y0} al ${f.to} para la generación de ${f.y5}.` },
  { key: 'advanced', priority: 'ready', owner: 'ccr', description: 'AP, IB or dual-credit course completion, grades 10–12.',
    title: (f) => `The percentage of students in grades 10–12 completing an AP, IB or dual-credit course will increase from ${f.from} in June ${f.y0} to ${f.to} in June ${f.y5}, with participation of Black and Hispanic students tripling.`,
    titleEs: (f) => `El porcentaje de estudiantes de 10.º a 12.º grado que completan un curso AP, IB o de crédito dual aumentará del ${f.from} en junio de ${f.y0} al ${f.to} en junio de ${f.y5}, y se triplicará la participación de los estudiantes afroamericanos e hispanos.` },
  { key: 'career', priority: 'ready', owner: 'ccr', description: 'Industry-recognized credentials earned during the school year.',
    title: (f) => `The number of industry-recognized credentials earned by Riverbend students will increase from ${f.from} in ${f.label0} to ${f.to} in ${f.label5}.`,
    titleEs: (f) => `El número de certificaciones reconocidas por la industria que obtienen los estudiantes de Riverbend aumentará de ${f.from} en el año escolar ${f.label0} a ${f.to} en el año escolar ${f.label5}.` },
  { key: 'teachers', priority: 'stewardship', owner: 'chro', description: 'Teachers returning the following fall (October staffing count).',
    title: (f) => `The percentage of teachers who return to Riverbend the following fall will increase from ${f.from} in fall ${f.y0} to ${f.to} in fall ${f.y5}.`,
    titleEs: (f) => `El porcentaje de maestros que regresan a Riverbend el otoño siguiente aumentará del ${f.from} en el otoño de ${f.y0} al ${f.to} en el otoño de ${f.y5}.` },
  { key: 'families', priority: 'stewardship', owner: 'family', description: 'Spring family survey, English and Spanish.',
    title: (f) => `The percentage of families satisfied with their child's school will increase from ${f.from} in spring ${f.y0} to ${f.to} in spring ${f.y5}.`,
    titleEs: (f) => `El porcentaje de familias satisfechas con la escuela de sus hijos aumentará del ${f.from} en la primavera de ${f.y0} al ${f.to} en la primavera de ${f.y5}.` },
];

export const GUARDRAILS: readonly { readonly key: string; readonly owner: string; readonly statement: string }[] = [
  { key: 'fund-balance', owner: 'cfo', statement: 'The superintendent will not allow the unassigned general fund balance to fall outside 8–12% of annual general fund expenditures.' },
  { key: 'disproportionality', owner: 'equity', statement: 'The superintendent will not allow any student group to be suspended or identified for special education at disproportionate rates.' },
  { key: 'staffing', owner: 'chro', statement: 'The superintendent will not allow a classroom to begin the school year without a qualified teacher of record.' },
];

export const STRATEGIES: readonly { readonly key: string; readonly goal: string; readonly owner: string; readonly title: string; readonly description: string; readonly metrics: readonly string[] }[] = [
  { key: 'sor-core', goal: 'reading', owner: 'curriculum', title: 'Science-of-reading core instruction in K–3', description: 'Explicit, systematic phonics and knowledge-building curriculum, with training and coaching for every K–3 teacher.', metrics: ['k3-screener'] },
  { key: 'literacy-tiers', goal: 'reading', owner: 'literacy', title: 'Tiered literacy intervention and dyslexia screening', description: 'Screen every K–2 student three times a year and match those below benchmark with daily small-group intervention.', metrics: ['k3-screener'] },
  { key: 'ms-math', goal: 'math', owner: 'math', title: 'Coherent middle-school mathematics and Algebra I access', description: 'One high-quality curriculum for grades 6–8 and open access to Algebra I in grade 8.', metrics: ['interim-math', 'algebra8'] },
  { key: 'tutoring', goal: 'math', owner: 'area-sec', title: 'High-dosage math tutoring for grades 6–8', description: 'Three 30-minute sessions a week in groups of three or fewer, during the school day.', metrics: ['interim-math'] },
  { key: 'eld', goal: 'english-learners', owner: 'el', title: 'Integrated and designated English language development', description: 'Daily designated ELD plus language objectives in every content lesson.', metrics: ['el-reclassified'] },
  { key: 'dual-language', goal: 'english-learners', owner: 'el', title: 'Dual-language pathways from kindergarten', description: 'Grow two-way Spanish–English programs so bilingualism is an asset, not a deficit.', metrics: [] },
  { key: 'attendance-tiers', goal: 'attendance', owner: 'student-services', title: 'Tiered attendance supports and early-warning teams', description: 'Weekly attendance teams, success mentors and family outreach triggered by the early-warning dashboard.', metrics: ['attendance-rate'] },
  { key: 'barriers', goal: 'attendance', owner: 'coo', title: 'Remove the barriers that keep students home', description: 'Transportation, health and basic needs: fix what families tell us gets in the way.', metrics: ['attendance-rate'] },
  { key: 'advisory', goal: 'belonging', owner: 'student-services', title: 'Advisory and social-emotional learning in every school', description: 'Every student known by at least one adult through advisory (6–12) and SEL lessons (K–5).', metrics: ['feel-safe'] },
  { key: 'student-voice', goal: 'belonging', owner: 'area-sec', title: 'Student voice and co-curricular connection', description: 'Students shape school decisions and every student belongs to a club, team or activity.', metrics: ['feel-safe'] },
  { key: 'restorative', goal: 'discipline', owner: 'student-services', title: 'Restorative practices and PBIS', description: 'Teach and reinforce expectations; repair harm instead of excluding students.', metrics: ['referral-rate'] },
  { key: 'alternatives', goal: 'discipline', owner: 'equity', title: 'Alternatives to exclusionary discipline', description: 'Keep students in school: reset rooms, a revised code of conduct and support plans.', metrics: ['referral-rate'] },
  { key: 'ninth-grade', goal: 'graduation', owner: 'area-sec', title: 'Ninth-grade success teams', description: 'Freshman teams watch grades and attendance every two weeks and act before a student falls off track.', metrics: ['ninth-on-track'] },
  { key: 're-engagement', goal: 'graduation', owner: 'student-services', title: 'Credit recovery and re-engagement', description: 'Recover credits during the school day and bring back students who left.', metrics: ['ninth-on-track'] },
  { key: 'ap-access', goal: 'advanced', owner: 'ccr', title: 'Open access to AP and dual credit', description: 'Enroll students by potential, not by who signs up, and remove cost barriers.', metrics: [] },
  { key: 'college-going', goal: 'advanced', owner: 'ccr', title: 'AVID and a college-going culture', description: 'AVID electives, college visits and hands-on FAFSA support.', metrics: ['fafsa'] },
  { key: 'pathways', goal: 'career', owner: 'ccr', title: 'Career pathways and work-based learning', description: 'Pathways in high-wage, high-demand fields with internships and certification exams.', metrics: ['work-based-learning'] },
  { key: 'grow-your-own', goal: 'teachers', owner: 'talent', title: 'Grow-your-own pipelines and new-teacher induction', description: 'Residencies for paraprofessionals, teacher cadets and two years of mentoring for every new teacher.', metrics: ['early-career-retention'] },
  { key: 'working-conditions', goal: 'teachers', owner: 'chro', title: 'Competitive pay and sustainable working conditions', description: 'A salary schedule that competes regionally and less paperwork for teachers.', metrics: ['staff-engagement'] },
  { key: 'welcoming', goal: 'families', owner: 'family', title: 'Welcoming schools and two-way communication', description: 'Family liaisons, translation and front offices where every family feels welcome.', metrics: ['conference-attendance'] },
];

export const INITIATIVES: readonly {
  readonly name: string; readonly description: string; readonly current: boolean; readonly decision: InitiativeDecision | null;
  readonly rationale: string; readonly owner: string; readonly goals: readonly string[];
}[] = [
  { name: 'Leveled-reader guided reading (balanced literacy units)', description: 'K–3 guided reading with leveled books and three-cueing strategies.', current: false, decision: 'abandon', owner: 'curriculum', goals: ['reading'],
    rationale: 'Inconsistent with the science of reading; replaced by the new K–3 phonics curriculum. Books repurposed for independent reading.' },
  { name: 'Reading Recovery (one-to-one grade 1 intervention)', description: 'Legacy one-to-one intervention at six schools.', current: false, decision: 'abandon', owner: 'literacy', goals: ['reading'],
    rationale: 'High cost per student and no lasting effect in our data; teachers re-trained as structured-literacy interventionists.' },
  { name: 'AVID', description: 'College-readiness elective and schoolwide strategies at all middle and high schools.', current: true, decision: 'keep', owner: 'ccr', goals: ['advanced', 'graduation'],
    rationale: 'AVID students take advanced courses at twice the rate of matched peers and complete the FAFSA at higher rates.' },
  { name: 'Online credit-recovery platform', description: 'Vendor courseware used for credit recovery at all high schools.', current: true, decision: 'adjust', owner: 'ccr', goals: ['graduation'],
    rationale: 'Keep the platform but require teacher-led labs during the school day; unsupervised completion rates were below 30%.' },
  { name: 'PBIS', description: 'Positive Behavioral Interventions and Supports, Tier 1 in every school.', current: true, decision: 'keep', owner: 'student-services', goals: ['discipline', 'belonging'],
    rationale: 'Schools implementing with fidelity show 30% fewer referrals; recommit and retrain rather than replace.' },
  { name: 'Attendance incentive raffles', description: 'Monthly prize drawings for students with perfect attendance.', current: true, decision: 'adjust', owner: 'student-services', goals: ['attendance'],
    rationale: 'Perfect-attendance prizes reward students who were never at risk; shift to improvement recognition and family outreach.' },
  { name: 'Saturday school for suspended students', description: 'Half-day Saturday sessions for students serving suspensions.', current: false, decision: 'abandon', owner: 'equity', goals: ['discipline'],
    rationale: 'Low attendance and no effect on repeat suspensions; funds moved to in-school reset rooms.' },
  { name: '1:1 Chromebook refresh', description: 'Four-year device refresh cycle for grades 3–12.', current: true, decision: 'keep', owner: 'coo', goals: ['math', 'advanced'],
    rationale: 'Devices are required for state testing, the interim diagnostic and dual-credit courses; refresh stays on schedule.' },
  { name: 'Teacher signing bonuses for hard-to-staff schools', description: '$3,000 bonus for teachers joining the six hardest-to-staff schools.', current: true, decision: null, owner: 'talent', goals: ['teachers'],
    rationale: 'Under review: vacancies fell, but retention of bonus recipients after year two is not known yet.' },
];
