/**
 * What the bundler puts in place of `@aws-sdk/credential-provider-node` in every function bundle.
 *
 * Lambda hands a function its role's credentials in environment variables, so the SDK's default
 * chain (profiles, SSO, web identity, IMDS, with the STS and SSO clients they need: ~120 KB per
 * bundle) has nothing to find there. A bundle run without them fails on its first call, as it would
 * with the full chain and no credentials; code run from source keeps the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
