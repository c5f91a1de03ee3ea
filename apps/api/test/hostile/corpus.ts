import { HTTP_CASES } from './cases-http';
import { INPUT_CASES } from './cases-input';
import { TRUST_CASES } from './cases-trust';
import type { HostileCase } from './support';

export type { HostileCase, HostileContext, Outcome } from './support';

/**
 * The hostile corpus: every case of the "no input can freeze, crash or fool the API" work, as data,
 * replayed by hostile.spec.ts (which asserts each answer) and by `npm run bench:hostile` (which
 * times each refusal). Every later domain adds its cases here, in a file of its own.
 */
export const HOSTILE_CASES: HostileCase[] = [...INPUT_CASES, ...HTTP_CASES, ...TRUST_CASES];
