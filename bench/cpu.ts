/**
 * How busy the machine was with work other than the benchmark's: once a second, the CPU
 * time of every process (Linux /proc) that is neither this process, one of its ancestors
 * (npm, tsx), nor one of its descendants (the build, Chromium, Lighthouse). A busy machine
 * inflates every number, so the report says so. Processes that live less than a second
 * between two looks are missed: this is a lower bound.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcessTimes {
  pid: number;
  ppid: number;
  ticks: number;
}

function processes(): ProcessTimes[] {
  const list: ProcessTimes[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After "pid (command) ": state, ppid, ... utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      list.push({ pid: Number(name), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return list;
}

/** Starts watching; the returned function stops and gives the others' share of the CPU (0–1). */
export function watchOtherCpu(): () => number | null {
  if (!existsSync('/proc/self/stat')) return () => null;
  const started = performance.now();
  const last = new Map<number, number>();
  let others = 0;
  let first = true;

  const look = () => {
    const list = processes();
    const parent = new Map(list.map((p) => [p.pid, p.ppid]));
    const ancestors = new Set<number>();
    for (let pid = process.pid; pid > 1; pid = parent.get(pid) ?? 0) ancestors.add(pid);
    const ours = (pid: number) => {
      for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === process.pid) return true;
      return ancestors.has(pid);
    };
    for (const p of list) {
      if (ours(p.pid)) continue;
      // A process first seen after the first look started during the run: all its time counts.
      if (!first) others += p.ticks - (last.get(p.pid) ?? 0);
      last.set(p.pid, p.ticks);
    }
    first = false;
  };
  look();
  const timer = setInterval(look, 1000);
  timer.unref();

  return () => {
    clearInterval(timer);
    look();
    const capacity = ((performance.now() - started) / 1000) * availableParallelism();
    return Math.round((others / TICKS_PER_SECOND / capacity) * 100) / 100;
  };
}

/**
 * The machine's speed at the moment: a fixed piece of JavaScript (parsing a generated
 * JSON text and sorting its rows), nine times, the fastest in milliseconds. The work is
 * the same on every run, so two runs' numbers compare only as far as their references
 * agree: this machine has been seen to change speed by a third within a day.
 */
export function referenceWorkMs(): number {
  const rows = Array.from({ length: 50_000 }, (_, i) => ({
    id: `row-${i}`,
    day: 1_000 + ((i * 7_919) % 9_000),
    title: `Title ${(i * 104_729) % 50_000}`,
  }));
  const text = JSON.stringify(rows);
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const start = performance.now();
    const parsed = JSON.parse(text) as typeof rows;
    parsed.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.day - b.day));
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}
