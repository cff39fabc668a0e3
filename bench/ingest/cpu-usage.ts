import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Linux reports process times in clock ticks; 100 per second on every common build.
const TICKS_PER_SECOND = 100;

function processTimes(pid: string): { ppid: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return { ppid: fields[1] ?? '', seconds: (utime + stime) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by a PostgreSQL server: its postmaster and every backend under it. */
export function postgresCpuSeconds(dataDir: string): number {
  const pidFile = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  const postmaster = pidFile.split('\n')[0]?.trim() ?? '';
  let total = processTimes(postmaster)?.seconds ?? 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || pid === postmaster) continue;
    const times = processTimes(pid);
    if (times?.ppid === postmaster) total += times.seconds;
  }
  return total;
}

export function nodeCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** CPU seconds every process on the machine has used since boot (all cores together). */
export function machineCpuSeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  // cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((s, v) => s + (v ?? 0), 0);
  return busy / TICKS_PER_SECOND;
}
