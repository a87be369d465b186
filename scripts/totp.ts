/**
 * `npm run totp [-- SECRET]`: the code an authenticator app would show now for the local demo operator
 * (or for a base32 secret), so the back office can be tried without a phone.
 */
import { DEMO_PEOPLE } from '../local/demo';
import { totpCode } from '../local/totp';

const secret = process.argv[2] ?? DEMO_PEOPLE.operator.totpSecret;
const now = new Date();
const left = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`${totpCode(secret, now)}   (valid ${left} s more)`);
