/** The page's address without its query: where links and frames point. */
export function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * The frame a deck or page embeds. Its sandbox allows exactly what the lab uses: scripts; its
 * own origin (so its scripts and styles load from any static host, with or without CORS
 * headers); popups that leave the sandbox ("open in the lab" lands in a normal tab); downloads
 * (exports); and full screen.
 */
export function embedCode(src: string, width: number, height: number): string {
  return `<iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="${width}" height="${height}" title="P2P Org Lab" style="border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" allow="fullscreen" loading="lazy"></iframe>`;
}
