/**
 * A happy-dom window that never fetches: saved news pages link stylesheets,
 * scripts and frames on the live web, and nothing here may reach it.
 */
import { Window } from 'happy-dom';

export function offlineWindow(url?: string): Window {
  return new Window({
    ...(url ? { url } : {}),
    settings: {
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      disableJavaScriptEvaluation: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
}

export function parseHtml(window: Window, html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
