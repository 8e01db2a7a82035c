/**
 * One clipping (research.html#clipping=ID): its stored text, its findings as
 * the user corrected them, and what only the collection knows about it. The
 * user marks a finding wrong (hidden here, never learnt), takes that back,
 * and adds an official or a directive by selecting words in the text (a
 * text box that refuses edits: the selection works by keyboard, Shift and the
 * arrows, and its offsets are the text's own). The same selection is kept as a
 * quote, whose comment is written here. Every change goes to the background
 * ('clip:correct', 'quote:keep', 'quote:comment') and is kept with the clipping.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { TagChips } from '@/components/collection/TagChips';
import { CollectionFindingsView, isEmptyFindings } from '@/components/learn/CollectionFindingsView';
import { learnStrings } from '@/components/learn/strings';
import { useCollectionFindings } from '@/components/learn/useCollectionFindings';
import type { Lang } from '@/lib/i18n/i18n';
import { directiveFromSelection, officialFromSelection } from '@/lib/learn/by-hand';
import { analyze } from '@/lib/matcher/analyze';
import { request } from '@/lib/messaging/messages';
import { directiveHref, officialHref } from '@/lib/research/route';
import { correctedFindings, type CorrectionChange, type FindingKind } from '@/lib/clipping/corrections';
import type { ClippingRecord } from '@/lib/clipping/types';
import type { ResearchText } from './strings';
import { QuoteList } from '@/components/quotes/QuoteList';
import { quoteStrings } from '@/components/quotes/strings';
import { anchorQuote, foldText } from '@/lib/clipping/quote-anchor';
import { targetOf } from '@/lib/clipping/quotes';

interface Props {
  record: ClippingRecord;
  lang: Lang;
  t: ResearchText;
}

/** The text box's selection as offsets into the stored text (a box writes "\r\n" as "\n"). */
function selectionIn(box: HTMLTextAreaElement, text: string): { start: number; end: number } | null {
  const { selectionStart: start, selectionEnd: end, value } = box;
  if (start === end) return null;
  if (value === text) return { start, end };
  const words = value.slice(start, end);
  const at = text.indexOf(words);
  return at < 0 ? null : { start: at, end: at + words.length };
}

export function ClippingView({ record, lang, t }: Props) {
  const tl = learnStrings(lang);
  const box = useRef<HTMLTextAreaElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ alert: boolean; text: string } | null>(null);
  const findings = correctedFindings(record);
  const rejected = record.corrections?.rejected ?? { officials: [], directives: [] };
  const addedOfficials = new Set(record.corrections?.added.officials.map((o) => o.name));
  const addedDirectives = new Set(record.corrections?.added.directives.map((d) => d.id));
  const tq = quoteStrings(lang);
  const quotes = record.quotes ?? [];
  // Quotes kept on a page that changed since may not be in this text: marked, never dropped.
  const missing = useMemo(() => {
    const folded = foldText(record.text);
    return new Set(quotes.filter((q) => !anchorQuote(folded, q)).map((q) => q.id));
  }, [record.text, record.quotes]);
  const learnt = useCollectionFindings({ text: record.text, analysis: record.analysis, corrections: record.corrections }, [record]);

  const correct = async (change: CorrectionChange, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await request({ type: 'clip:correct', id: record.id, change });
      setMessage({ alert: false, text: done });
    } catch (error) {
      setMessage({ alert: true, text: `${t('correctFailed')} ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  const reject = (kind: FindingKind, label: string) => void correct({ op: 'reject', kind, label }, `${t('markedWrong')}: ${label}`);

  const addFromSelection = (kind: FindingKind) => {
    const range = box.current && selectionIn(box.current, record.text);
    if (!range) return setMessage({ alert: true, text: t('selectFirst') });
    if (kind === 'official') {
      const official = officialFromSelection(record.text, range.start, range.end, analyze);
      if (!official) return setMessage({ alert: true, text: t('selectFirst') });
      void correct({ op: 'add-official', official }, `${t('added')}: ${official.name}`);
    } else {
      const directive = directiveFromSelection(record.text, range.start, range.end, analyze);
      if (!directive) return setMessage({ alert: true, text: t('selectFirst') });
      void correct({ op: 'add-directive', directive }, `${t('added')}: ${directive.id}`);
    }
  };

  const keepQuote = async () => {
    const range = box.current && selectionIn(box.current, record.text);
    const target = range && targetOf(record.text, range.start, range.end);
    if (!target) return setMessage({ alert: true, text: tq('selectFirst') });
    setBusy(true);
    try {
      await request({ type: 'quote:keep', id: record.id, target });
      setMessage({ alert: false, text: tq('kept') });
    } catch (error) {
      setMessage({ alert: true, text: `${tq('failed')} ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const wrongButton = (kind: FindingKind, label: string) => (
    <button type="button" class="mark-wrong" disabled={busy} aria-label={`${tl('markWrongLabel')}: ${label}`} onClick={() => reject(kind, label)}>
      {tl('markWrong')}
    </button>
  );
  const removeButton = (kind: FindingKind, label: string) => (
    <button type="button" disabled={busy} aria-label={`${t('removeAdded')}: ${label}`} onClick={() => void correct({ op: 'remove-added', kind, label }, `${t('removed')}: ${label}`)}>
      {t('removeAdded')}
    </button>
  );

  return (
    <div class="research-body clipping-view" data-clipping-id={record.id}>
      <main>
        <p class="kind-label">{t('clipping')}</p>
        <h1>{record.title || record.url}</h1>
        <p class="muted">
          <a href={record.url} target="_blank" rel="noopener noreferrer">
            {t('openOriginal')}
          </a>{' '}
          · {record.site}
        </p>
        <section class="your-words" aria-labelledby="words-heading">
          <h2 id="words-heading">{t('yourWords')}</h2>
          {record.note ? <p class="clip-note">{record.note}</p> : <p class="muted">{t('noNote')}</p>}
          {record.tags.length > 0 && <TagChips tags={record.tags} label={(tag) => `${t('byTag')} ${tag}`} />}
        </section>
        {quotes.length > 0 && (
          <section class="clip-quotes" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{tq('quotes')}</h2>
            <QuoteList clippingId={record.id} quotes={quotes} missing={missing} t={tq} />
          </section>
        )}
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">{t('articleText')}</h2>
          <p class="muted" id="select-help">
            {t('selectHelp')}
          </p>
          <div class="by-hand" role="group" aria-label={t('addByHand')}>
            <button type="button" disabled={busy} onClick={() => addFromSelection('official')}>
              {t('addOfficial')}
            </button>
            <button type="button" disabled={busy} onClick={() => addFromSelection('directive')}>
              {t('addDirective')}
            </button>
            <button type="button" disabled={busy} onClick={() => void keepQuote()}>
              {tq('keep')}
            </button>
          </div>
          {/* Not `readonly`: Chromium then moves no caret with the arrows, and keyboard selection is the point. Edits are refused instead. */}
          <textarea
            ref={box}
            class="clip-text"
            aria-readonly="true"
            spellcheck={false}
            value={record.text}
            rows={18}
            aria-labelledby="text-heading"
            aria-describedby="select-help"
            onBeforeInput={(e) => e.preventDefault()}
            onInput={(e) => {
              // What beforeinput cannot stop (an IME composition) is undone at once.
              const el = e.currentTarget;
              if (el.value !== record.text) el.value = record.text;
            }}
          />
          {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
        </section>
      </main>
      <aside>
        <section class="clip-findings" aria-labelledby="found-officials-heading">
          <h2 id="found-officials-heading">{t('foundOfficials')}</h2>
          {findings.officials.length === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <ul>
              {findings.officials.map((o) => (
                <li key={o.name} class="found-official">
                  <a href={officialHref(o.name)}>{o.name}</a>
                  {o.titles.length > 0 && <span class="muted"> — {o.titles.join('; ')}</span>}{' '}
                  {addedOfficials.has(o.name) ? (
                    <>
                      <span class="muted">({t('addedByYou')})</span> {removeButton('official', o.name)}
                    </>
                  ) : (
                    wrongButton('official', o.name)
                  )}
                </li>
              ))}
            </ul>
          )}
          <h2 id="found-directives-heading">{t('foundDirectives')}</h2>
          {findings.directives.length === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <ul aria-labelledby="found-directives-heading">
              {findings.directives.map((d) => (
                <li key={d.id} class="found-directive">
                  <a href={directiveHref(d.id)}>{d.id}</a>
                  {d.kind && <span class="muted"> — {[d.kind, d.issuer].filter(Boolean).join(', ')}</span>}{' '}
                  {addedDirectives.has(d.id) ? (
                    <>
                      <span class="muted">({t('addedByYou')})</span> {removeButton('directive', d.id)}
                    </>
                  ) : (
                    wrongButton('directive', d.id)
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        {learnt?.state === 'ready' && !isEmptyFindings(learnt.findings) && (
          <CollectionFindingsView findings={learnt.findings} t={tl} lang={lang} busy={busy} onReject={reject} />
        )}
        {rejected.officials.length + rejected.directives.length > 0 && (
          <section class="rejected" aria-labelledby="rejected-heading">
            <h2 id="rejected-heading">{t('markedWrongList')}</h2>
            <ul>
              {[...rejected.officials.map((l) => ['official', l] as const), ...rejected.directives.map((l) => ['directive', l] as const)].map(([kind, label]) => (
                <li key={`${kind}:${label}`}>
                  <s>{label}</s>{' '}
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`${t('undoWrong')}: ${label}`}
                    onClick={() => void correct({ op: 'unreject', kind, label }, `${t('undone')}: ${label}`)}
                  >
                    {t('undoWrong')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
