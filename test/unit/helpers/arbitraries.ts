// fast-check arbitraries shared by the unit tests (not a test file itself).
import fc from 'fast-check';
import { cprRules } from '../../../server/src/core';

/** fast-check arbitrary: ten digits with a real date and a valid check digit. */
export const validCprArb = fc
  .record({ year: fc.integer({ min: 1858, max: 2057 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), serial: fc.integer({ min: 0, max: 99 }) })
  .map(({ year, month, day, serial }) => {
    const d = Math.min(day, cprRules.daysInMonth(year, month));
    const yy = year % 100;
    const d7 = [...Array(10).keys()].find((x) => cprRules.cprFullYear(yy, x) === year)!;
    const prefix = String(d).padStart(2, '0') + String(month).padStart(2, '0') + String(yy).padStart(2, '0') + d7 + String(serial).padStart(2, '0');
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += cprRules.MOD11_WEIGHTS[i]! * Number(prefix[i]);
    const check = (11 - (sum % 11)) % 11;
    return check === 10 ? null : prefix + check;
  })
  .filter((x): x is string => x !== null);
