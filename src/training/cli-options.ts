// Flags shared by `charcha train` and `charcha eval`.
import { fromRoot } from '../root';

export interface TrainFlags { research: boolean; seed: number; data: string; model?: string }

export const DEFAULT_DATA_DIR = fromRoot('../shared/data');

/** Parses `--research --seed N --data DIR --model FILE`; unknown flags are an error, not ignored. */
export function parseFlags(args: string[]): TrainFlags | string {
  const flags: TrainFlags = { research: false, seed: 1, data: DEFAULT_DATA_DIR };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    const name = a.split('=')[0];
    if (name === '--research') flags.research = true;
    else if (name === '--seed') { const v = Number(value()); if (!Number.isInteger(v)) return '--seed needs an integer'; flags.seed = v; }
    else if (name === '--data') { const v = value(); if (!v) return '--data needs a directory'; flags.data = v; }
    else if (name === '--model') { const v = value(); if (!v) return '--model needs a file'; flags.model = v; }
    else return `unknown flag ${a}`;
  }
  return flags;
}
