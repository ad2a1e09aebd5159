// Well-known TEST card numbers: the few numbers payment processors publish for test payments (Visa 4111 1111 1111
// 1111 and the like) appear in documentation, test suites and fixtures everywhere, never on a customer's card. They
// are reported as known test data, a Hint with a reason (like the national test-CPR numbers, cpr/testNumbers.ts),
// not as a card holder's number. Facts from the processors' public test-card pages (Stripe "Testing", PayPal
// Braintree "Testing and go live", Adyen "Test card numbers"), not an exhaustive list: only the widely reused ones.
import type { Finding, Reason } from '../types';

const TEST_CARD_NUMBERS: ReadonlySet<string> = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4222222222222', '4000056655665556',
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222',
  '378282246310005', '371449635398431', '6011111111111117', '3566002020360505', '30569309025904',
]);

/** Below the report threshold of real findings (TEST_DATA_CONFIDENCE in types.ts): shown as a Hint. */
export const TEST_CARD_CONFIDENCE = 0.3;

export const TEST_CARD_REASON: Reason = {
  rule: 'card.testNumber',
  text: 'a well-known test card number published by payment processors: test data',
  weight: -0.3,
};

/** True when the card's digits (separators removed) are one of the published test numbers. */
export function isTestCardNumber(digits: string): boolean {
  return TEST_CARD_NUMBERS.has(digits);
}

/** The Hint finding for a test card at [start, end), or undefined when the caller asked for a higher minimum. */
export function testCardFinding(start: number, end: number, reasons: Reason[], minConfidence?: number): Finding | undefined {
  if (minConfidence !== undefined && TEST_CARD_CONFIDENCE < minConfidence) return undefined;
  return { type: 'card', start, end, confidence: TEST_CARD_CONFIDENCE, reasons: [...reasons, TEST_CARD_REASON] };
}
