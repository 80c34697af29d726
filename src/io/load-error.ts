/** A load that failed as a whole, with a message for the user in both languages. */
export class LoadError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'LoadError';
  }
}
