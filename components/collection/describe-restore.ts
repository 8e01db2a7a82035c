/**
 * What a restore did (undo, the trash's "restore"), as one sentence in the
 * user's language: never a bare "restored" when the copy went into a clipping
 * clipped again, brought nothing, or could not bring all its words.
 */
import type { RestoreResult } from '@/lib/store/restore';
import type { CollectionText } from './strings';

export function describeRestore(result: Pick<RestoreResult, 'outcome' | 'title'>, t: CollectionText, fallbackTitle = ''): string {
  const title = `“${result.title || fallbackTitle}”`;
  if (result.outcome === 'restored') return `${t('restored')} ${title}.`;
  return `${title} ${t(`restore:${result.outcome}`)}.`;
}
