/** The flags a fake Zebra reports when asked ~HS. */
export interface HostStatusFlags {
  paperOut?: boolean;
  headOpen?: boolean;
  ribbonOut?: boolean;
  paused?: boolean;
}

/** A ~HS answer with the given flags set, laid out as a networked Zebra (e.g. a ZD420) sends it. */
export function formatHostStatus(flags: HostStatusFlags): string {
  const bit = (on: boolean | undefined) => (on ? '1' : '0');
  const one = `030,${bit(flags.paperOut)},${bit(flags.paused)},1218,000,0,0,0,000,0,0,0`;
  const two = `000,0,${bit(flags.headOpen)},${bit(flags.ribbonOut)},1,2,6,0,00000000,1,000`;
  return [one, two, '1234,0'].map((text) => `\x02${text}\x03\r\n`).join('');
}
