import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { DataPath } from "./claim-file-error.js";

/**
 * Claim files parsed with their source positions (the `yaml` package; JSON is read by the
 * same parser, being YAML 1.2), so that every problem names its line and column.
 */

export interface SourcePosition {
  /** 1-based */
  readonly line: number;
  readonly column: number;
}

/** Where each value (and each key) of a parsed file sits. */
export interface SourcePositions {
  /** The position of the value at `path` (or its key), or of the nearest enclosing value that exists. */
  of(path: DataPath, key?: boolean): SourcePosition | undefined;
}

/** A parsed file: its data, the positions, and the syntax errors the parser found. */
export interface ParsedText {
  readonly data: unknown;
  readonly positions: SourcePositions;
  readonly syntaxErrors: readonly { readonly message: string; readonly position: SourcePosition | undefined }[];
}

/**
 * Parses YAML (or JSON) text keeping the position of every node. Duplicate keys are syntax
 * errors (the parser's default).
 * @example parseWithPositions("model: coupled-tls\n").positions.of(["model"]) // { line: 1, column: 8 }
 */
export function parseWithPositions(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const values = new Map<string, SourcePosition>();
  const keys = new Map<string, SourcePosition>();
  const at = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const visit = (node: Node | null | undefined, path: readonly (string | number)[]) => {
    if (node === null || node === undefined) return;
    if (node.range) values.set(pathKey(path), at(node.range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = [...path, name];
        if (keyNode?.range) keys.set(pathKey(child), at(keyNode.range[0]));
        if (pair.value === null && keyNode?.range) values.set(pathKey(child), at(keyNode.range[0]));
        visit(pair.value as Node | null, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, k) => visit(item as Node, [...path, k]));
    }
  };
  visit(document.contents as Node | null, []);
  const positions: SourcePositions = {
    of(path, key = false) {
      if (key) {
        const k = keys.get(pathKey(path));
        if (k !== undefined) return k;
      }
      for (let n = path.length; n >= 0; n--) {
        const p = values.get(pathKey(path.slice(0, n)));
        if (p !== undefined) return p;
      }
      return undefined;
    },
  };
  const syntaxErrors = document.errors.map((e) => ({ message: e.message.split("\n")[0], position: e.pos ? at(e.pos[0]) : undefined }));
  return { data: syntaxErrors.length === 0 ? document.toJS({ maxAliasCount: 100 }) : undefined, positions, syntaxErrors };
}

function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}
