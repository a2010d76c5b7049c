import fc from 'fast-check';

/**
 * Property tests run with one seed, so a run of the suite gives the same
 * verdict each time it runs on the same commit; `FC_SEED=<n> pnpm test`
 * explores other inputs, and a counterexample found that way is kept as a
 * plain test beside the property.
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206) });
