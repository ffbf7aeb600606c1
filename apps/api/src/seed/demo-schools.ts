import type { SchoolLevel } from '@throughline/domain';

/**
 * The 25 schools of Riverbend Unified. Neighbourhood profiles drive the synthetic rosters: the east side is
 * mostly Hispanic and Black, low-income and home to most English learners; the north side is whiter, more Asian
 * and more affluent; the rural south-west has a migrant farm-working community and the air-base families.
 */
export type Neighbourhood = 'east' | 'central' | 'north' | 'rural';

export interface Profile {
  /** Shares of the seven federal race/ethnicity categories, in group order HI, AI, AS, BL, PI, WH, TR. */
  readonly race: readonly number[];
  /** Base probabilities of the program and reporting groups. */
  readonly ed: number;
  readonly el: number;
  readonly migrant: number;
  readonly military: number;
}

export const PROFILES: Readonly<Record<Neighbourhood, Profile>> = {
  east: { race: [0.52, 0.012, 0.03, 0.23, 0.008, 0.14, 0.06], ed: 0.78, el: 0.3, migrant: 0.01, military: 0.01 },
  central: { race: [0.33, 0.01, 0.06, 0.15, 0.006, 0.37, 0.074], ed: 0.52, el: 0.14, migrant: 0.005, military: 0.02 },
  north: { race: [0.16, 0.005, 0.13, 0.07, 0.003, 0.56, 0.072], ed: 0.22, el: 0.06, migrant: 0, military: 0.02 },
  rural: { race: [0.26, 0.03, 0.02, 0.05, 0.004, 0.586, 0.05], ed: 0.5, el: 0.09, migrant: 0.05, military: 0.1 },
};

export interface DemoSchool {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly grades: readonly [number, number];
  /** Enrollment in the plan's baseline year. */
  readonly enrollment: number;
  readonly area: Neighbourhood;
  /** What the school adds beyond its demographics (leadership, staffing stability), on a logit-like scale. */
  readonly effect: number;
  /** Enrollment change per year (share). */
  readonly drift: number;
  /** Base military-connected share when the school serves the air base (else the profile's). */
  readonly military?: number;
}

type Row = readonly [key: string, name: string, level: SchoolLevel, enrollment: number, area: Neighbourhood, effect: number, drift: number, military?: number];

const ROWS: readonly Row[] = [
  ['alder-creek', 'Alder Creek Elementary School', 'elementary', 512, 'east', 0.05, -0.01],
  ['bluebonnet', 'Bluebonnet Elementary School', 'elementary', 468, 'east', -0.12, -0.02],
  ['cedar-ridge', 'Cedar Ridge Elementary School', 'elementary', 574, 'north', 0.18, 0.015],
  ['cottonwood', 'Cottonwood Elementary School', 'elementary', 431, 'central', -0.04, 0],
  ['eastgate', 'Eastgate Elementary School', 'elementary', 489, 'east', -0.2, -0.025],
  ['harmon', 'Harmon Elementary School', 'elementary', 402, 'central', 0.02, -0.01],
  ['lakeview', 'Lakeview Elementary School', 'elementary', 611, 'north', 0.1, 0.02],
  ['lincoln', 'Lincoln Elementary School', 'elementary', 447, 'central', -0.08, -0.005],
  ['maple-grove', 'Maple Grove Elementary School', 'elementary', 538, 'north', 0.12, 0.01],
  ['mill-street', 'Mill Street Elementary School', 'elementary', 356, 'central', 0.08, -0.015],
  ['oak-hollow', 'Oak Hollow Elementary School', 'elementary', 298, 'rural', -0.06, -0.02],
  ['prairie-view', 'Prairie View Elementary School', 'elementary', 421, 'rural', 0.04, 0.01, 0.22],
  ['riverside', 'Riverside Elementary School', 'elementary', 455, 'east', 0.15, 0],
  ['sunrise', 'Sunrise Dual Language Academy', 'elementary', 492, 'east', 0.2, 0.01],
  ['westbrook', 'Westbrook Elementary School', 'elementary', 503, 'north', 0, 0.005],
  ['willow-bend', 'Willow Bend Elementary School', 'elementary', 417, 'central', -0.1, -0.01],
  ['chavez', 'César Chávez Middle School', 'middle', 812, 'east', -0.1, -0.01],
  ['bethune', 'Mary McLeod Bethune Middle School', 'middle', 746, 'central', 0.05, 0],
  ['north-hills-ms', 'North Hills Middle School', 'middle', 884, 'north', 0.1, 0.01],
  ['ridgeview', 'Ridgeview Middle School', 'middle', 603, 'rural', -0.05, 0, 0.16],
  ['sandstone', 'Sandstone Middle School', 'middle', 771, 'central', -0.15, -0.01],
  ['riverbend-hs', 'Riverbend High School', 'high', 1688, 'central', 0.05, 0],
  ['east-riverbend-hs', 'East Riverbend High School', 'high', 1524, 'east', -0.08, -0.01],
  ['north-hills-hs', 'North Hills High School', 'high', 1412, 'north', 0.12, 0.01],
  ['horizon', 'Horizon Academy', 'other', 164, 'central', -0.35, 0],
];

const GRADES: Readonly<Record<SchoolLevel, readonly [number, number]>> = {
  elementary: [0, 5],
  middle: [6, 8],
  high: [9, 12],
  // Horizon Academy is the district's alternative high school.
  other: [9, 12],
};

export const SCHOOLS: readonly DemoSchool[] = ROWS.map(([key, name, level, enrollment, area, effect, drift, military], i) => ({
  key,
  // 14-digit state code: county 48, district 72915, then a 7-digit school number.
  code: `4872915${String(6001011 + i * 1307).padStart(7, '0')}`,
  name,
  level,
  grades: GRADES[level],
  enrollment,
  area,
  effect,
  drift,
  ...(military === undefined ? {} : { military }),
}));

export function schoolIndex(key: string): number {
  const index = SCHOOLS.findIndex((s) => s.key === key);
  if (index < 0) throw new Error(`Unknown demo school ${key}`);
  return index;
}
