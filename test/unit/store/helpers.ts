import { AnnotatorDb } from '@/lib/store/db';

/** A fresh database per test: fake-indexeddb keeps them apart by name. */
export const freshDb = () => new AnnotatorDb(`test-${crypto.randomUUID()}`);
