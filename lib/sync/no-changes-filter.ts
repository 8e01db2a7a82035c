/**
 * Stands in for pouchdb-changes-filter in the extension's bundle (wxt.config.ts):
 * that plugin evaluates filter functions stored in design documents with the
 * Function constructor, which the extension never uses (its changes feeds and
 * replications are unfiltered) and an extension's CSP forbids. Without the
 * plugin PouchDB reads changes unfiltered.
 */
export default function noChangesFilter(): void {}
