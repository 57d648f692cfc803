import type { ColumnMapping } from './orgChart.ts';

const HEADER_GUESSES: Record<keyof ColumnMapping, RegExp> = {
  id: /^(id|employee ?id|emp ?id|person ?id|staff ?id|person|employee)$/i,
  name: /^(name|full ?name|employee ?name|display ?name)$/i,
  manager: /^(manager|manager ?id|reports ?to|boss|supervisor|parent)$/i,
};

/** The columns a header most likely means (the user can change the guess). */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const clean = header.map((h) => h.replace(/[_-]/g, ' ').trim());
  const keys: Array<keyof ColumnMapping> = ['id', 'manager', 'name'];
  const mapping: ColumnMapping = { id: -1, name: -1, manager: -1 };
  for (const key of keys) mapping[key] = clean.findIndex((h) => HEADER_GUESSES[key].test(h));
  // Columns no header claimed go, in order, to the id, then the manager, then (if any is left) the name.
  const free = header.map((_, i) => i).filter((i) => !Object.values(mapping).includes(i));
  if (mapping.id < 0) mapping.id = free.shift() ?? -1;
  if (mapping.manager < 0) mapping.manager = free.shift() ?? -1;
  if (mapping.name < 0) mapping.name = free.shift() ?? -1;
  return mapping;
}
