/**
 * Legal-form suffixes removed from the end of a company name, as token
 * sequences after folding, with dots between single letters joined
 * (`L.L.C.` becomes `llc`) and `&` read as `and`. A name may end in several
 * (`Acme Holdings Pty Ltd` loses `ltd`, then `pty`).
 */
export const LEGAL_SUFFIXES: readonly (readonly string[])[] = [
  // English-speaking countries
  ['ltd'],
  ['limited'],
  ['llc'],
  ['llp'],
  ['lp'],
  ['inc'],
  ['incorporated'],
  ['corp'],
  ['corporation'],
  ['co'],
  ['company'],
  ['and', 'co'],
  ['plc'],
  ['pty'],
  ['pte'],
  // German-speaking countries
  ['gmbh'],
  ['ag'],
  ['kg'],
  ['gmbh', 'and', 'co', 'kg'],
  ['ug'],
  // French-, Spanish- and Italian-speaking countries
  ['sa'],
  ['sas'],
  ['sarl'],
  ['sl'],
  ['srl'],
  ['spa'],
  // Benelux and the Nordic countries
  ['bv'],
  ['nv'],
  ['ab'],
  ['oy'],
  ['asa'],
  ['aps'],
]
