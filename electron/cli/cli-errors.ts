/** Exit codes: 0 done, 1 input rejected (nothing written), 2 usage error. */
export class UsageError extends Error {}
export class RejectedError extends Error {}
