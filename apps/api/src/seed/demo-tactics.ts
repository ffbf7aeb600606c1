/**
 * The current school year's action plan: 82 tactics under the 20 strategies. Dates are month-days of the school
 * year (`08-04` is in its first calendar year, `03-12` in its second). `profile` says how the year is going for the
 * tactic; demo-check-ins.ts turns it into a check-in history for `today`:
 * ok on schedule · done finished early in the year · risk/off behind (narrative required) · late past its due date ·
 * quiet owner stopped checking in · new second-semester start · cancel dropped.
 */
import type { UpdateCadence } from '@throughline/domain';

export type TacticProfile = 'ok' | 'done' | 'risk' | 'off' | 'late' | 'quiet' | 'new' | 'cancel';

export interface TacticExtras {
  readonly school?: string;
  readonly cadence?: UpdateCadence;
  readonly weight?: number;
  readonly contributors?: readonly string[];
  readonly milestones?: readonly string[];
  /** Why the tactic is at risk, off track, late, cancelled or not started (check-in narratives). */
  readonly issue?: string;
  readonly description?: string;
}

export type TacticRow = readonly [strategy: string, title: string, owner: string, profile: TacticProfile, start: string, due: string, extras?: TacticExtras];

const P = (school: string) => `principal:${school}`;

export const TACTICS: readonly TacticRow[] = [
  ['sor-core', 'Train all K–3 teachers in LETRS Units 1–4', 'literacy', 'ok', '07-21', '05-28', { weight: 2, contributors: ['curriculum'], milestones: ['Cohort 1 finished Units 1–2', 'Cohort 2 finished Units 1–2', 'Both cohorts finished Units 3–4'], description: 'Two cohorts of about 140 teachers each, with paid Saturday sessions.' }],
  ['sor-core', 'Implement the new K–3 phonics curriculum (UFLI Foundations)', 'curriculum', 'ok', '08-04', '06-12', { contributors: ['literacy', 'area-elem'], milestones: ['Materials delivered to every elementary school', 'Implementation walkthroughs, round 1', 'Implementation walkthroughs, round 2', 'Year-end fidelity report'] }],
  ['sor-core', 'Literacy coaching cycles for every K–3 teacher at Eastgate', P('eastgate'), 'risk', '08-18', '05-15', { milestones: ['Coaching calendar published', 'First coaching cycle finished', 'Second coaching cycle finished'],
    issue: 'Our literacy coach position has been vacant since October; the area coach covers two days a week, so half of the planned coaching cycles have not started.' }],
  ['sor-core', 'Decodable-text classroom libraries for every K–2 classroom', 'curriculum', 'done', '07-08', '09-19', { milestones: ['Titles selected with teacher input', 'Libraries delivered and shelved'] }],
  ['literacy-tiers', 'Universal dyslexia screening in K–2 three times a year', 'sped', 'ok', '08-11', '05-29', { contributors: ['literacy'], milestones: ['Fall screening window closed', 'Winter screening window closed', 'Spring screening window closed'] }],
  ['literacy-tiers', 'Hire and train six reading interventionists for Title I schools', 'talent', 'off', '07-14', '01-30', { contributors: ['curriculum', 'literacy'], milestones: ['Positions posted', 'All six interventionists hired', 'Interventionist training finished'],
    issue: 'Only two of the six interventionist positions are filled; the applicant pool is thin and the posting was re-opened with a signing stipend.' }],
  ['literacy-tiers', 'Daily 30-minute small-group intervention block', P('alder-creek'), 'ok', '08-18', '05-29', { milestones: ['Master schedule protects the block', 'Groups re-formed after winter screening'] }],
  ['literacy-tiers', 'Summer reading academy for rising 1st–3rd graders', 'literacy', 'new', '01-12', '06-30', { milestones: ['Sites and staffing confirmed', 'Family invitations sent', 'Academy begins'],
    issue: 'Planning starts in January once the summer-school budget is approved.' }],
  ['ms-math', 'Adopt a high-quality grades 6–8 mathematics curriculum', 'math', 'ok', '08-04', '04-16', { weight: 2, contributors: ['curriculum'], milestones: ['Review committee formed', 'Two finalists piloted in eight classrooms', 'Board adoption vote'] }],
  ['ms-math', 'Grade 7 screening for Algebra I placement', 'math', 'late', '08-25', '11-07', { milestones: ['Placement criteria published', 'Placement letters sent to families'],
    issue: 'Spring state-test scores arrived late, so placement decisions for about 40 students are still pending.' }],
  ['ms-math', 'Math PLCs with common formative assessments', P('sandstone'), 'risk', '08-18', '05-22', { milestones: ['PLC norms and calendar set', 'First common assessment analysed', 'Second common assessment analysed'],
    issue: 'Common planning time was lost when the master schedule changed in October; PLCs meet every other week instead of weekly.' }],
  ['ms-math', 'Algebra I sections at every middle school', 'area-sec', 'done', '07-08', '08-29', { milestones: ['Sections in every master schedule', 'Teachers certified for Algebra I assigned'] }],
  ['tutoring', 'High-dosage math tutoring for students below grade level', P('chavez'), 'ok', '08-25', '05-22', { cadence: 'biweekly', weight: 2, milestones: ['Students matched to tutors', 'Mid-year diagnostic review'] }],
  ['tutoring', 'High-dosage math tutoring for students below grade level', P('bethune'), 'quiet', '08-25', '05-22', { cadence: 'biweekly', milestones: ['Students matched to tutors', 'Mid-year diagnostic review'] }],
  ['tutoring', 'Tutoring partnership contract with Riverbend Community College', 'math', 'done', '07-07', '08-22', { contributors: ['cfo'], milestones: ['Scope agreed', 'Contract approved by the board'] }],
  ['tutoring', 'Math family nights (two per semester)', P('north-hills-ms'), 'ok', '09-08', '05-14', { milestones: ['Fall family night 1', 'Fall family night 2', 'Spring family night 1', 'Spring family night 2'] }],
  ['eld', 'Designated ELD block (30 minutes daily) in every elementary school', 'el', 'ok', '08-11', '06-12', { weight: 2, contributors: ['curriculum'], milestones: ['ELD schedules verified at every school', 'Mid-year ELD walkthroughs', 'Year-end ELPA readiness review'] }],
  ['eld', 'Proficiency-level goal setting with every English learner', P('sunrise'), 'ok', '09-01', '03-27', { milestones: ['Goal conferences held', 'Progress check after winter benchmark'] }],
  ['eld', 'Newcomer center', P('east-riverbend-hs'), 'risk', '08-11', '06-05', { contributors: ['el'], milestones: ['Newcomer schedule and staffing set', 'Second bilingual teacher hired'],
    issue: 'Newcomer enrollment has doubled since August; the center is over capacity and needs a second bilingual teacher.' }],
  ['eld', 'Long-term English learner review meetings at every middle school', 'el', 'quiet', '09-08', '04-30', { milestones: ['Fall reviews at all five middle schools', 'Spring reviews at all five middle schools'] }],
  ['dual-language', 'Extend the dual-language program to grade 5', P('sunrise'), 'done', '07-08', '08-15', { milestones: ['Grade 5 bilingual teacher hired', 'Grade 5 biliteracy units ready'] }],
  ['dual-language', 'Open a second dual-language kindergarten strand', P('mill-street'), 'ok', '08-04', '04-24', { contributors: ['el', 'family'], milestones: ['Family information nights', 'Lottery for next year held'] }],
  ['dual-language', 'Recruit bilingual teachers through the visiting-teacher program', 'talent', 'late', '07-14', '10-31', { contributors: ['el'], milestones: ['Interviews with the partner ministry', 'Offers accepted', 'Visas and certification filed'],
    issue: 'Three offers are accepted but visa paperwork is stuck; the teachers will not arrive before January.' }],
  ['dual-language', 'Seal of Biliteracy information sessions for families', 'family', 'ok', '09-15', '03-06', { milestones: ['Spanish session', 'English session'] }],
  ['attendance-tiers', 'Weekly attendance teams using the early-warning dashboard', 'student-services', 'ok', '08-11', '06-05', { cadence: 'biweekly', weight: 2, contributors: ['analyst'], milestones: ['Teams formed at every school', 'First tier-2 caseload review', 'Mid-year attendance review with principals'] }],
  ['attendance-tiers', 'Success mentors for chronically absent students', P('bluebonnet'), 'off', '08-25', '05-29', { milestones: ['Mentors recruited and trained', 'Every tier-2 student matched with a mentor'],
    issue: 'Mentor caseloads are full and 64 students are waiting for a mentor; chronic absence at Bluebonnet is still above 20% this fall.' }],
  ['attendance-tiers', 'Attendance nudge letters in English and Spanish after the 3rd, 5th and 8th absence', 'comms', 'ok', '08-04', '06-05', { contributors: ['analyst'], milestones: ['Letters translated and approved', 'Automated mailing live'] }],
  ['attendance-tiers', 'Chronic absence deep dive with the student leadership team', P('riverbend-hs'), 'ok', '09-01', '02-27', { milestones: ['Student focus groups', 'Action plan presented to staff'] }],
  ['attendance-tiers', '"Every Day Counts" family attendance campaign', P('willow-bend'), 'ok', '08-18', '05-22', {}],
  ['barriers', 'Add three bus routes for students living 1–2 miles from school', 'coo', 'cancel', '08-04', '06-30', { milestones: ['Routes designed', 'Drivers hired'],
    issue: 'The board did not approve the transportation budget amendment; walking school buses replace the new routes this year.' }],
  ['barriers', 'Walking school buses with parent volunteers', P('riverside'), 'ok', '08-25', '05-29', { milestones: ['Routes mapped and volunteers trained', 'Second route launched'] }],
  ['barriers', 'School-based health clinic', 'coo', 'risk', '07-21', '03-31', { school: 'east-riverbend-hs', contributors: ['student-services'], milestones: ['Partner selected', 'Clinic space renovated', 'Clinic opens'],
    issue: "The partner's clinic licence application is still with the state; opening has moved from January to March." }],
  ['barriers', 'Laundry rooms at four elementary schools', 'family', 'done', '07-07', '10-17', { milestones: ['Machines installed', 'Family sign-up process running'] }],
  ['advisory', 'Daily advisory period at every middle and high school', 'area-sec', 'ok', '08-04', '06-05', { weight: 2, milestones: ['Advisory curriculum published', 'Every student assigned an advisor', 'Student feedback survey'] }],
  ['advisory', 'Second Step SEL lessons in grades K–5', 'area-elem', 'ok', '08-18', '05-29', { contributors: ['student-services'], milestones: ['Lessons scheduled in every classroom', 'Mid-year implementation check'] }],
  ['advisory', 'Panorama survey administration and data review with students', 'analyst', 'ok', '09-15', '05-15', { contributors: ['assess'], milestones: ['Fall survey window closed', 'Results reviewed with student councils', 'Spring survey window closed'] }],
  ['advisory', 'Reach a 1:250 counselor ratio at the high schools', 'chro', 'risk', '07-14', '02-27', { milestones: ['Positions funded', 'Counselors hired'],
    issue: 'Two counselor positions are still open; the high-school ratio is 1:310.' }],
  ['student-voice', "Student advisory council to the superintendent", 'cos', 'ok', '09-08', '05-14', { milestones: ['Council members selected', 'Winter recommendations presented', 'Spring recommendations presented'] }],
  ['student-voice', 'Every student in at least one club, sport or activity', P('north-hills-hs'), 'ok', '08-18', '04-30', { milestones: ['Activity fair', 'Outreach to unaffiliated students'] }],
  ['student-voice', 'Late activity buses at the middle schools', 'area-sec', 'new', '01-26', '05-29', { contributors: ['coo'], issue: 'Late buses begin in the second semester, when the new routes are funded.' }],
  ['student-voice', 'Link Crew peer mentoring for every 9th grader', P('east-riverbend-hs'), 'ok', '08-04', '05-29', { milestones: ['Link leaders trained', 'Freshman orientation', 'Mid-year check-in events'] }],
  ['restorative', 'PBIS Tier 1 recommitment and training in every school', 'student-services', 'ok', '07-28', '05-29', { milestones: ['Summer PBIS institute', 'Tier 1 fidelity inventory, fall', 'Tier 1 fidelity inventory, spring'] }],
  ['restorative', 'Restorative circles training for middle-school staff', 'equity', 'ok', '08-11', '03-20', { contributors: ['student-services'], milestones: ['Trainers certified', 'All five middle schools trained'] }],
  ['restorative', 'Monthly discipline data review by student group', 'analyst', 'risk', '08-25', '06-12', { contributors: ['assess'], milestones: ['Review template agreed with principals', 'Data reviews for every school'],
    issue: 'The behaviour-platform export broke after the September vendor upgrade, so we have no referral data since August. IT ticket open with the vendor.' }],
  ['restorative', 'Restorative practices in every classroom', P('horizon'), 'ok', '08-11', '05-29', {}],
  ['alternatives', 'In-school reset rooms in place of out-of-school suspension for minor offenses', 'equity', 'ok', '08-04', '06-05', { weight: 2, contributors: ['student-services'], milestones: ['Reset-room staff hired', 'Rooms open at all middle schools', 'Rooms open at all high schools'] }],
  ['alternatives', 'Revise the code of conduct to limit suspensions for K–3 and for defiance', 'cos', 'done', '07-07', '08-26', { milestones: ['Community input sessions', 'Board approval'] }],
  ['alternatives', 'Culturally responsive discipline training for administrators', 'equity', 'late', '08-11', '11-14', { milestones: ['Session 1', 'Session 2', 'Session 3'],
    issue: 'Two of the three sessions are done; the third was postponed when the trainer cancelled and is not rescheduled yet.' }],
  ['alternatives', 'Behaviour plan review for students with disabilities after a second suspension', 'sped', 'late', '08-18', '10-31', { contributors: ['student-services'], milestones: ['Review protocol written', 'Case managers trained'],
    issue: 'The protocol is written but case-manager training slipped; reviews are happening at only three schools.' }],
  ['ninth-grade', 'Ninth-grade on-track team meets every two weeks', P('riverbend-hs'), 'ok', '08-11', '06-05', { cadence: 'biweekly', milestones: ['Team roster and meeting calendar', 'Semester 1 on-track review'] }],
  ['ninth-grade', 'Freshman seminar course', P('east-riverbend-hs'), 'ok', '08-11', '05-29', {}],
  ['ninth-grade', 'Grade alerts to families every three weeks', 'family', 'ok', '08-25', '05-29', { contributors: ['comms'] }],
  ['ninth-grade', 'Summer bridge for incoming 9th graders', P('north-hills-hs'), 'done', '07-07', '08-08', { milestones: ['Bridge program held', 'Attendance and credit report'] }],
  ['re-engagement', 'Teacher-led credit recovery labs during the school day', P('horizon'), 'ok', '08-11', '06-05', { milestones: ['Lab schedule set', 'Semester 1 credits recovered report'] }],
  ['re-engagement', 'Outreach to students who left school in the last two years', 'student-services', 'risk', '08-25', '05-29', { milestones: ['List of former students compiled', 'First outreach round', 'Second outreach round'],
    issue: 'We have reached 41 of 120 former students; the re-engagement specialist has been on leave since October.' }],
  ['re-engagement', 'Replace the online credit-recovery vendor', 'ccr', 'cancel', '08-04', '06-30', { issue: 'The initiative review decided to keep the current platform with teacher-led labs instead of replacing it.' }],
  ['re-engagement', 'Evening school option for working students', P('horizon'), 'new', '01-12', '06-05', { issue: 'Evening classes start with the second semester; staffing is being finalised.' }],
  ['ap-access', 'Automatic enrollment in an advanced course for students with AP Potential scores', 'ccr', 'ok', '07-21', '05-15', { weight: 2, contributors: ['assess'], milestones: ['AP Potential lists to counselors', 'Schedules adjusted', 'Spring course requests reviewed'] }],
  ['ap-access', 'Six new dual-credit courses with Riverbend Community College', 'ccr', 'ok', '08-04', '05-29', { milestones: ['Course agreements signed', 'Instructors credentialed'] }],
  ['ap-access', 'AP exam fee waivers for economically disadvantaged students', 'cfo', 'done', '07-14', '10-31', { milestones: ['Funding approved', 'Waiver process published'] }],
  ['ap-access', 'Pre-AP English and mathematics in grades 9–10', P('riverbend-hs'), 'ok', '08-11', '05-29', {}],
  ['college-going', 'AVID elective at all middle schools', 'area-sec', 'ok', '08-04', '06-05', { milestones: ['AVID teachers trained at Summer Institute', 'Site team certification visits'] }],
  ['college-going', 'FAFSA completion nights with the community college', 'ccr', 'ok', '10-01', '03-31', { milestones: ['October FAFSA night', 'January FAFSA night', 'March FAFSA night'] }],
  ['college-going', 'Postsecondary plan conference for every senior', P('north-hills-hs'), 'quiet', '09-01', '04-30', { milestones: ['Conference schedule', 'Half of seniors met', 'All seniors met'] }],
  ['college-going', 'College visit for every 8th grader', P('bethune'), 'ok', '09-15', '05-08', { milestones: ['Visits booked', 'Visits completed'] }],
  ['pathways', 'Launch health-science and advanced-manufacturing pathways', 'ccr', 'ok', '07-14', '06-12', { weight: 2, milestones: ['Pathway advisory boards convened', 'Lab equipment installed', 'Course sequence published'] }],
  ['pathways', 'Work-based learning partnerships with 40 employers', 'ccr', 'risk', '08-04', '04-30', { contributors: ['cos'], milestones: ['Employer toolkit published', '20 employers signed', '40 employers signed'],
    issue: 'Employer sign-ups are at 22 of 40; two large manufacturers paused internships after layoffs.' }],
  ['pathways', 'Certification exam vouchers (CNA, OSHA-10, AWS)', 'cfo', 'ok', '08-18', '05-29', { contributors: ['ccr'] }],
  ['pathways', 'Career exploration days in grades 6–8', P('sandstone'), 'ok', '09-15', '04-24', { milestones: ['Fall career day', 'Spring career day'] }],
  ['grow-your-own', 'Paraprofessional-to-teacher residency (15 residents)', 'talent', 'ok', '07-14', '06-12', { weight: 2, contributors: ['chro'], milestones: ['Residents admitted', 'Mentor teachers matched', 'Semester 1 coursework finished'] }],
  ['grow-your-own', 'Two-year induction and mentoring for every new teacher', 'chro', 'ok', '07-28', '05-29', { milestones: ['New-teacher academy', 'Mentors matched', 'Mid-year induction survey'] }],
  ['grow-your-own', 'Stay interviews with teachers in their first three years', P('lakeview'), 'quiet', '09-08', '03-27', { milestones: ['Fall stay interviews', 'Spring stay interviews'] }],
  ['grow-your-own', 'Teacher cadet course', P('riverbend-hs'), 'quiet', '08-11', '05-29', {}],
  ['working-conditions', 'Negotiate a salary schedule with a regionally competitive starting salary', 'chro', 'ok', '08-18', '05-29', { contributors: ['cfo', 'budget'], milestones: ['Compensation study presented', 'Tentative agreement', 'Board ratification'] }],
  ['working-conditions', 'One district data-request calendar to cut duplicate paperwork', 'cos', 'off', '08-04', '01-30', { contributors: ['assess'], milestones: ['Department calendars collected', 'Consolidated calendar published'],
    issue: 'Two of the four departments have not submitted their data-request calendars; the consolidated calendar is two months behind.' }],
  ['working-conditions', 'Classroom supply stipend of $300 per teacher', 'cfo', 'done', '07-14', '09-12', { contributors: ['budget'] }],
  ['working-conditions', 'Protected planning time in the elementary master schedule', 'area-elem', 'ok', '08-04', '04-17', { milestones: ['Schedules reviewed', 'Specials rotation adjusted'] }],
  ['welcoming', 'Family liaisons at every Title I school', 'family', 'ok', '07-21', '06-05', { weight: 2, milestones: ['Liaisons hired', 'Liaison training', 'Mid-year family survey pulse'] }],
  ['welcoming', 'Two-way messaging app with automatic translation', 'comms', 'late', '07-28', '11-14', { contributors: ['family'], milestones: ['Vendor configured', 'Staff trained', 'Rollout to all families'],
    issue: 'Translation for Vietnamese and Arabic is not enabled yet; rollout to families is paused until the vendor fixes it.' }],
  ['welcoming', 'Parent leadership academy (Spanish and English cohorts)', 'family', 'ok', '09-15', '05-14', { milestones: ['Cohorts enrolled', 'Graduation'] }],
  ['welcoming', 'Welcoming-schools training for front-office staff', P('cedar-ridge'), 'ok', '08-18', '03-13', {}],
  ['welcoming', 'Welcome and transition program for military-connected families', P('prairie-view'), 'ok', '08-04', '05-22', { milestones: ['Student ambassadors trained', 'Mid-year transition check-ins'] }],
];
