/**
 * Thrown when a caller hands the pacing engine something it cannot coach from. `field` names the
 * offending input (e.g. "fiveKSeconds", "offsets", "reps.1.lapSeconds.2") so forms can attach
 * the message to the right control; the message is written for a person, not a developer.
 */
export class PacingInputError extends Error {
  override readonly name = "PacingInputError";

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
