/** Escapes text for SVG and HTML: every label in an exported picture goes through this. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
