import type { Analysis } from './types';

/** Text -> analysis. Placeholder until the matcher lands: finds nothing. */
export function analyze(_text: string): Analysis {
  return { foreignInfo: { isForeignInfo: false, score: 0, evidence: [] }, officials: [], directives: [] };
}
