/** The few parts of split-sms (untyped) that the parity tests and the benchmark read. */
declare module 'split-sms' {
  interface Part {
    content: string;
    length: number;
    bytes: number;
  }
  export function split(
    message: string,
    options?: { characterset?: 'GSM' | 'Unicode'; summary?: boolean },
  ): {
    characterSet: 'GSM' | 'Unicode';
    parts: Part[];
    bytes: number;
    length: number;
    remainingInPart: number;
  };
  const splitSms: { split: typeof split };
  export default splitSms;
}
