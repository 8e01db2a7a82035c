/**
 * The collection: search and filters, the virtualised list, note and tag
 * editing, delete with undo, export and import. The popup and the library
 * page both show it; the library adds its facet lists around it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { AnnotatorDb } from '@/lib/store/db';
import { isFiltered, NO_FACETS, type SingleFacet, toggleTag } from '@/lib/collection/filter';
import type { ImportPhase, ImportReport } from '@/lib/store/import';
import { foldReprints, type Story } from '@/lib/collection/reprints';
import type { ClippingCard, ExportedClipping } from '@/lib/clipping/types';
import { exportJson } from '@/lib/export/download';
import { deleteForUndo, importFromFile, saveNoteAndTags, undoDelete } from './actions';
import { ClippingRow, ROOMY_ROW_HEIGHT, ROW_HEIGHT } from './ClippingRow';
import { describeError } from './describe-error';
import { describeRestore } from './describe-restore';
import { EditDialog } from './EditDialog';
import { FilterBar } from './FilterBar';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';
import { IndexingNotice } from './IndexingNotice';
import { StoryLine } from './StoryLine';
import type { CollectionText } from './strings';
import { UpgradeReport } from './UpgradeReport';
import type { Collection } from './useCollection';
import { VirtualList } from './VirtualList';

/** A row of the list: a story's first card (with the story), or, opened under it, another clipping of the story. */
interface Row {
  card: ClippingCard;
  story: Story | null;
}

type Notice =
  | { kind: 'status'; text: string; undo?: ExportedClipping; report?: ImportReport }
  | { kind: 'alert'; text: string };

interface Props {
  db: AnnotatorDb;
  collection: Collection;
  t: CollectionText;
  lang: Lang;
  selects: readonly SingleFacet[];
  /** Every filter behind one control (the popup). */
  folded?: boolean;
  /** Cards tall enough for the note's first lines (the library). */
  roomy?: boolean;
  /** What "Nhập" does instead of opening a file chooser (the Firefox popup closes when one opens). */
  importElsewhere?: () => void;
  /** Put the keyboard on "Nhập" at once (the library opened for an import). */
  focusImport?: boolean;
}

export function CollectionView({ db, collection, t, lang, selects, folded, roomy = false, importElsewhere, focusImport }: Props) {
  const { cards, loaded, filter, setFilter, sort, setSort, visible, facets, searching, warmSearch, indexing, error } = collection;
  const [editing, setEditing] = useState<ClippingCard | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<{ phase: ImportPhase; done: number; total: number; cancel: () => void } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The library folds reprints into stories (lib/collection/reprints.ts); the popup lists every clipping.
  const stories = useMemo(() => (roomy ? foldReprints(visible) : visible.map((card) => [card])), [roomy, visible]);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(
    () => stories.flatMap((story): Row[] => [{ card: story[0]!, story }, ...(opened.has(story[0]!.id) ? story.slice(1).map((card) => ({ card, story: null })) : [])]),
    [stories, opened],
  );
  const toggleStory = (id: string) =>
    setOpened((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const undoButton = useRef<HTMLButtonElement>(null);

  // After a deletion the keyboard goes to "Hoàn tác": the row it was on is gone.
  useEffect(() => {
    if (notice?.kind === 'status' && notice.undo) undoButton.current?.focus();
  }, [notice]);

  const run = async (work: () => Promise<Notice | null>) => {
    setBusy(true);
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ kind: 'alert', text: describeError(t, e) });
    } finally {
      setBusy(false);
    }
  };

  const remove = (card: ClippingCard) =>
    run(async () => {
      const clipping = await deleteForUndo(card.id);
      return { kind: 'status', text: `${t('deleted')} “${card.title || card.url}”.`, undo: clipping };
    });

  const undo = (clipping: ExportedClipping) =>
    run(async () => {
      return { kind: 'status', text: describeRestore(await undoDelete(clipping), t, clipping.url) };
    });

  /** Everything, or the filtered set named by its filter (lib/export/download.ts). */
  const exportSet = (ids?: string[]) =>
    run(async () => ({ kind: 'status', text: `${t('exported')}: ${plural(lang, await exportJson(db, ids, ids ? filter : null, lang), t('shown'))}.` }));

  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    setNotice({ kind: 'status', text: t('importing') });
    const controller = new AbortController();
    const cancel = () => controller.abort();
    setImporting({ phase: 'checking', done: 0, total: 0, cancel });
    void run(async () => {
      try {
        const report = await importFromFile(db, file, {
          signal: controller.signal,
          onProgress: (phase, done, total) => setImporting({ phase, done, total, cancel }),
        });
        return { kind: 'status', text: '', report };
      } finally {
        setImporting(null);
      }
    });
  };

  const filtered = isFiltered(filter);
  return (
    <section class="collection" aria-labelledby="collection-heading">
      <h2 id="collection-heading">
        {t('collection')} {cards && <span class="total">({cards.length})</span>}
      </h2>
      <FilterBar
        filter={filter}
        setFilter={setFilter}
        facets={facets ?? NO_FACETS}
        sort={sort}
        setSort={setSort}
        t={t}
        selects={selects}
        folded={folded}
        onSearchFocus={warmSearch}
      />
      <div class="toolbar">
        <p class="result-count" aria-live="polite">
          {searching
            ? t('searching')
            : cards &&
              `${filtered ? `${visible.length} ${t('of')} ${plural(lang, cards.length, t('shown'))}` : plural(lang, visible.length, t('shown'))}${stories.length < visible.length ? ` · ${plural(lang, stories.length, t('stories'))}` : ''}`}
        </p>
        <button type="button" title={t('exportAll')} disabled={busy || !cards?.length} onClick={() => exportSet()}>
          {t('export')}
        </button>
        {filtered && (
          <button type="button" disabled={busy || visible.length === 0} onClick={() => exportSet(visible.map((c) => c.id))}>
            {t('exportFiltered')} ({visible.length})
          </button>
        )}
        <button type="button" title={t('importLabel')} autoFocus={focusImport} disabled={busy} onClick={() => (importElsewhere ? importElsewhere() : fileInput.current?.click())}>
          {t('import')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-label={t('importLabel')} onChange={onFile} />
      </div>

      {indexing && <IndexingNotice {...indexing} t={t} lang={lang} />}
      <UpgradeReport db={db} t={t} />
      <div class="notices">
        {notice?.kind === 'alert' && <p role="alert">{notice.text}</p>}
        <div role="status">
          {notice?.kind === 'status' && (
            <>
              {notice.text && !importing && <span>{notice.text}</span>}
              {importing && <ImportProgress {...importing} t={t} />}
              {notice.report && <ImportReportView report={notice.report} t={t} lang={lang} />}
              {notice.undo && (
                <button type="button" ref={undoButton} onClick={() => undo(notice.undo!)}>
                  {t('undo')}
                </button>
              )}
            </>
          )}
        </div>
        {notice && (
          <button type="button" class="dismiss" aria-label={t('dismiss')} onClick={() => setNotice(null)}>
            ×
          </button>
        )}
      </div>

      {error !== undefined && <p role="alert">{describeError(t, error)}</p>}
      {!loaded && visible.length === 0 && <p>{t('loading')}</p>}
      {loaded && visible.length === 0 && !cards?.length && <p>{t('empty')}</p>}
      {cards && cards.length > 0 && visible.length === 0 && !searching && <p>{t('noMatch')}</p>}
      <VirtualList
        items={rows}
        startOver={visible}
        rowHeight={roomy ? ROOMY_ROW_HEIGHT : ROW_HEIGHT}
        label={t(sort === 'clipped' ? 'listLabel' : `listLabel:${sort}`)}
        keyOf={(row) => row.card.id}
        renderRow={({ card, story }) => (
          <ClippingRow
            card={card}
            t={t}
            lang={lang}
            roomy={roomy}
            chosenTags={filter.tags}
            onTag={(tag) => setFilter((f) => toggleTag(f, tag))}
            onEdit={setEditing}
            onDelete={(c) => void remove(c)}
            reprint={story === null}
          >
            {story && story.length > 1 && <StoryLine story={story} open={opened.has(card.id)} onToggle={() => toggleStory(card.id)} t={t} lang={lang} />}
          </ClippingRow>
        )}
      />
      {editing && (
        <EditDialog
          card={editing}
          t={t}
          ownTags={collection.ownTags}
          onClose={() => setEditing(null)}
          onSave={async (note, tags) => {
            await run(async () => {
              await saveNoteAndTags(editing.id, note, tags);
              setEditing(null);
              return null;
            });
          }}
        />
      )}
    </section>
  );
}
