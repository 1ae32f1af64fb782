/** The result explainer's strings (every `result.*` key of a dictionary), handed to its script as JSON. */
import type { Dictionary } from './en.ts';
import type { ResultStrings } from '../lib/result/format.ts';

export function resultStrings(dict: Dictionary): ResultStrings {
  return Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith('result.'))) as ResultStrings;
}
