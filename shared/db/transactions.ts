/** Why each item of a cancelled transaction failed (`ConditionalCheckFailed`, `None` …), in item order. */
export const cancellationCodes = (error: unknown): (string | undefined)[] =>
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map(
    (reason) => reason.Code,
  );
