/**
 * A SIRET is 14 digits whose Luhn checksum is valid.
 * La Poste's establishments (SIREN 356000000) use a different rule: the digit sum is a multiple of 5.
 */
export function normaliseSiret(input: string): string {
  return input.replace(/[\s.\u00a0\u202f-]/g, '');
}

export function isValidSiret(input: string): boolean {
  const siret = normaliseSiret(input);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000') && siret !== '35600000000048') {
    const sum = [...siret].reduce((acc, d) => acc + Number(d), 0);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
