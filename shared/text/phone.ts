import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Phone numbers are kept as digits with the country code and no `+` (`2250101010101`), as the docs
 * write them. Inputs may carry `+`, `00`, spaces, dashes, dots and brackets.
 */
const CALLING_CODES = new Set<string>(getCountries().map((country) => getCountryCallingCode(country)));
const SEPARATORS = /[\s\-.()/\u00A0\u202F]/g;

/** Why a phone is refused, for whoever words it (the API in English, the console in French). */
export type PhoneProblem = 'not-digits' | 'length' | 'calling-code';
export type PhoneResult = { ok: true; phone: string } | { ok: false; problem: PhoneProblem; message: string };

export function normalisePhone(input: string): PhoneResult {
  let digits = input.replace(SEPARATORS, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  if (!/^\d+$/.test(digits)) {
    return {
      ok: false,
      problem: 'not-digits',
      message: 'must contain only digits, with the country code (for example 2250101010101)',
    };
  }
  if (digits.length < 8 || digits.length > 15) {
    return {
      ok: false,
      problem: 'length',
      message: 'must have 8 to 15 digits, country code included (for example 2250101010101)',
    };
  }
  if (!callingCodeOf(digits)) {
    return {
      ok: false,
      problem: 'calling-code',
      message: 'must start with a country calling code (for example 225 for Côte d’Ivoire, 221 for Sénégal)',
    };
  }
  return { ok: true, phone: digits };
}

/** Calling codes are prefix-free, 1 to 3 digits long. */
export function callingCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const prefix = digits.slice(0, length);
    if (CALLING_CODES.has(prefix)) return prefix;
  }
  return undefined;
}

/**
 * The country a phone number belongs to (ISO 3166 alpha-2), from the numbering plans libphonenumber
 * carries (a code shared by several countries, as +1, is told apart by the number); undefined when the
 * plans do not place it.
 */
export function countryOfPhone(phone: string): string | undefined {
  return parsePhoneNumberFromString(`+${phone}`)?.country;
}
