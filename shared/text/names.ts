/** How names are compared in searches: lower case, accents off (`Koné` matches `kone`). */
export const nameKey = (value: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
