/**
 * The people of the demo district: the superintendent and cabinet, central-office directors (the data stewards
 * among them own the metrics) and 18 of the 25 principals. The other seven schools have no principal modelled.
 */
export interface DemoPerson {
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly department: string;
  readonly supervisor?: string;
  readonly language?: 'es';
  /** The school a principal leads. */
  readonly school?: string;
}

type Row = readonly [key: string, name: string, title: string, department: string, supervisor?: string, language?: 'es'];

const CENTRAL: readonly Row[] = [
  ['sup', 'Angela Whitfield', 'Superintendent', 'Office of the Superintendent'],
  ['cao', 'Marcus Delgado', 'Chief Academic Officer', 'Academics', 'sup'],
  ['cfo', 'Priya Raman', 'Chief Financial Officer', 'Finance', 'sup'],
  ['coo', 'Thomas Brennan', 'Chief Operations Officer', 'Operations', 'sup'],
  ['cos', 'Keisha Monroe', 'Chief of Staff', 'Office of the Superintendent', 'sup'],
  ['chro', 'Daniel Okafor', 'Chief Human Resources Officer', 'Human Resources', 'sup'],
  ['equity', 'Lucía Herrera', 'Chief Equity Officer', 'Equity and Access', 'sup'],
  ['comms', 'Rachel Lindqvist', 'Executive Director of Communications', 'Communications', 'sup'],
  ['area-elem', 'Gregory Tan', 'Area Superintendent, Elementary Schools', 'School Leadership', 'cao'],
  ['area-sec', 'Monique Carter', 'Area Superintendent, Secondary Schools', 'School Leadership', 'cao'],
  ['assess', 'Samuel Kowalski', 'Director of Assessment and Accountability', 'Assessment and Accountability', 'cao'],
  ['analyst', 'Mei-Ling Zhou', 'Data Analyst', 'Assessment and Accountability', 'assess'],
  ['curriculum', 'Jennifer Alvarez', 'Director of Curriculum and Instruction', 'Academics', 'cao'],
  ['sped', 'Robert Haines', 'Director of Special Education', 'Special Education', 'cao'],
  ['el', 'Ana Sofía Beltrán', 'Director of English Learner Services', 'English Learner Services', 'cao', 'es'],
  ['ccr', 'Terrence Wallace', 'Director of College and Career Readiness', 'College and Career Readiness', 'cao'],
  ['student-services', 'Natalie Brooks', 'Director of Student Services', 'Student Services', 'cos'],
  ['family', 'José Luis Navarro', 'Director of Family Engagement', 'Family Engagement', 'equity', 'es'],
  ['budget', 'Karen Lindgren', 'Budget Director', 'Finance', 'cfo'],
  ['talent', 'Brian Foster', 'Director of Talent Acquisition and Retention', 'Human Resources', 'chro'],
  ['literacy', 'Emily Sandoval', 'Early Literacy Coordinator', 'Academics', 'curriculum'],
  ['math', 'Kevin Osei', 'Secondary Mathematics Coordinator', 'Academics', 'curriculum'],
];

const PRINCIPALS: readonly (readonly [school: string, name: string, language?: 'es'])[] = [
  ['alder-creek', 'María Fernanda Ruiz', 'es'],
  ['bluebonnet', 'Derrick Lawson'],
  ['cedar-ridge', 'Hannah Schultz'],
  ['eastgate', 'Tasha Reynolds'],
  ['lakeview', 'Erik Johansson'],
  ['mill-street', 'Carmen Villarreal', 'es'],
  ['prairie-view', 'Jason Whitley'],
  ['riverside', 'Yolanda Greene'],
  ['sunrise', 'Alejandro Mendoza', 'es'],
  ['willow-bend', 'Caroline Nguyen'],
  ['chavez', 'Ricardo Salinas'],
  ['bethune', 'Andre Whitaker'],
  ['north-hills-ms', "Megan O'Connor"],
  ['sandstone', 'Victor Chen'],
  ['riverbend-hs', 'Sharon Ellis'],
  ['east-riverbend-hs', 'Darnell Jordan'],
  ['north-hills-hs', 'Kristen Albright'],
  ['horizon', 'Omar Haddad'],
];

const SECONDARY = new Set(['chavez', 'bethune', 'north-hills-ms', 'sandstone', 'riverbend-hs', 'east-riverbend-hs', 'north-hills-hs', 'horizon']);

export const PEOPLE: readonly DemoPerson[] = [
  ...CENTRAL.map(([key, name, title, department, supervisor, language]) => ({
    key, name, title, department, ...(supervisor ? { supervisor } : {}), ...(language ? { language } : {}),
  })),
  ...PRINCIPALS.map(([school, name, language]) => ({
    key: `principal:${school}`,
    name,
    title: 'Principal',
    department: 'Schools',
    // Principals report to their area superintendent.
    supervisor: SECONDARY.has(school) ? 'area-sec' : 'area-elem',
    school,
    ...(language ? { language } : {}),
  })),
];

/** `María Fernanda Ruiz` → `maria.ruiz@riverbend.example.org`: first and last name, no accents or apostrophes. */
export function emailOf(person: DemoPerson): string {
  const plain = person.name.normalize('NFD').replace(/[\u0300-\u036f']/g, '').toLowerCase();
  const parts = plain.split(/\s+/);
  return `${parts[0]}.${parts[parts.length - 1]}@riverbend.example.org`;
}
