/**
 * Escapes text for HTML element content and double-quoted attribute values
 * (& < > " ' → entities). Every string from a claim or report passes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A JSON value embedded in a `<script>` element: `<` is escaped so "</script>" cannot end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
