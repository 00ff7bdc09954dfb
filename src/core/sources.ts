/**
 * The five source documents qtherm encodes, with their citations as the source texts give
 * them (shared/seeds; the texts carry no journal reference of their own, only their
 * dates). Reports, the CLI and the docs show sources by citation ("Usui et al., eq. (10)");
 * the seed file name stays a field.
 */
export interface Citation {
  /** Seed file name under shared/seeds. */
  readonly doc: string;
  /** Authors as printed. */
  readonly authors: string;
  readonly title: string;
  /** What the text is and the date it carries. */
  readonly venue: string;
  /** Short form for tables and reports, e.g. "Usui et al." */
  readonly short: string;
}

export const SOURCES: readonly Citation[] = [
  {
    doc: "000_801d121c3abe0574.txt",
    authors: "M. Kulkarni, K. L. Tiwari, D. Segal",
    title: "Towards equilibration and thermalization between finite quantum systems: the role of dephasing effects and inelastic interactions",
    venue: "preprint, dated February 20, 2022",
    short: "Kulkarni et al.",
  },
  {
    doc: "001_06d9cbfd9396c60e.txt",
    authors: "A. Usui, K. Ptaszyński, M. Esposito, P. Strasberg",
    title: "Microscopic contributions to the entropy production at all times: from nonequilibrium steady states to global thermalization",
    venue: "preprint",
    short: "Usui et al.",
  },
  {
    doc: "002_1f8d4f9374398bb6.txt",
    authors: "G. Y. Panasyuk, G. A. Levin, K. L. Yerkes",
    title: "Heat exchange mediated by a quantum system",
    venue: "preprint, dated February 26, 2024",
    short: "Panasyuk et al.",
  },
  {
    doc: "003_3bda4ae6cebee785.txt",
    authors: "M. T. Mitchison, M. B. Plenio",
    title: "Non-additive dissipation in open quantum networks out of equilibrium",
    venue: "article (the text's running title: 'Non-additive dissipation in open quantum networks')",
    short: "Mitchison & Plenio",
  },
  {
    doc: "004_a34d5d2333a6057f.txt",
    authors: "L. Diósi",
    title: "Autonomy of coupled quantum thermodynamic systems",
    venue: "talk slides, Kibbutz Ma'agan, Israel, 1 April 2014",
    short: "Diósi (slides)",
  },
];

/** The citation of a seed document; an unknown document (a user's claim file) cites itself. */
export function citationOf(doc: string): Citation {
  return SOURCES.find((s) => s.doc === doc) ?? { doc, authors: "", title: doc, venue: "", short: doc };
}

/**
 * A place in a source, cited: "Usui et al., eq. (10)".
 * @example citeSource({ doc: "001_06d9cbfd9396c60e.txt", where: "eq. (10)" }) // "Usui et al., eq. (10)"
 */
export function citeSource(source: { readonly doc: string; readonly where: string }): string {
  return `${citationOf(source.doc).short}, ${source.where}`;
}

/** The full reference: "A. Usui, …, Microscopic contributions … (preprint)". */
export function fullCitation(doc: string): string {
  const c = citationOf(doc);
  return c.authors === "" ? c.title : `${c.authors}, “${c.title}” (${c.venue})`;
}
