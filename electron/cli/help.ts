/** Help texts of the command line, one per command. */

export const HELP: Record<string, string> = {
  main: `marginalia — your Marginalia library from the command line

Usage: marginalia <command> [options]

Commands:
  list                                   list the documents in the library
  import <file.txt|.md|.html>            add a document to the library
  annotations import <doc> <w3c.json>    place W3C Web Annotations on a document
  export [--doc <id|title>] [--tag <t>] --format md|json --out <path>
                                         export highlights

Options for every command:
  --data <dir>   the data folder (default: the app's, or $MARGINALIA_DATA_DIR)
  --help         help for a command, e.g. marginalia export --help
  --version      the version

Commands that change the library refuse while the Marginalia app has it open.`,
  list: `Usage: marginalia list [--json] [--data <dir>]

Lists the documents: id, number of highlights, title and source file.
  --json   print JSON instead of a table`,
  import: `Usage: marginalia import <file> [--data <dir>]

Adds a plain-text (.txt), Markdown (.md) or HTML (.html) file to the library. The same text
imported twice is recognised and not added again.`,
  annotations: `Usage: marginalia annotations import <doc> <w3c.json> [--data <dir>]

Places the W3C Web Annotations in <w3c.json> (an AnnotationCollection, a page, an annotation
or an array of them) on the document <doc> (its id or its title). Passages are found again in
the document's text; annotations the document already has are skipped, and passages that
cannot be found are kept as orphans.`,
  export: `Usage: marginalia export --format md|json --out <path> [--doc <id|title>] [--tag <t>]
                         [--layout single|per-document] [--order reading|tag|colour]
                         [--no-notes] [--no-colours] [--no-orphans] [--force] [--data <dir>]

Exports highlights with their notes and tags.
  --doc      one document (id or title); --out is then the file to write
  --tag      only highlights with this tag
  --format   md (Markdown for Obsidian, Notion, reports) or json (W3C Web Annotation JSON-LD)
  --out      the file to write, or with --layout per-document the folder to write into
  --layout   single (one file, the default) or per-document (one file each, plus an index for md)
  --force    replace files that exist (without it nothing is written when any would be replaced)`,
};
