/** Help texts of the command line, one per command. */

export const HELP: Record<string, string> = {
  main: `marginalia — your Marginalia library from the command line

Usage: marginalia <command> [options]

Commands:
  list                                   list the documents in the library
  import <file.txt|.md|.html|.epub|.pdf|.marginalia>…
                                         add documents, or open a teacher's packet or a hand-in
  annotations import [<doc>] <file> [--dry-run] [--json]
                                         import annotations from W3C JSON, Hypothesis, Readium/Thorium,
                                         Kindle or Readwise, onto <doc> or routed across the library
  export [<doc>] [--tag <t>] [--layer own|all|<name>] [--format md|json|csv] [--template <name|file>] --out <path>
                                         export highlights
  packet create|handin --doc <id|title> --author <name> --out <file.marginalia>
                                         share a document as a packet, or hand in your notes on one
  layers --doc <id|title> [--json]       list the layers (yours, a teacher's, students') on a document
  search <query> [--doc <id|title>] [--tag <t>] [--json]
                                         search the text, highlights, notes and tags of the library
  rename <id|title> <new title>          give a document another title
  rm <id|title>                          move a document and its highlights to the trash (kept 30 days)
  trash [list] [--json] | trash restore <entry>
                                         list the trash, or bring a document back from it

Options for every command:
  --data <dir>   the data folder (default: the app's, or $MARGINALIA_DATA_DIR)
  --help         help for a command, e.g. marginalia export --help
  --version      the version

Commands that change the library refuse while the Marginalia app has it open.`,
  rename: `Usage: marginalia rename <id|title> <new title> [--data <dir>]

Gives a document another title (one line, at most 300 characters). Exports and searches use it.`,
  rm: `Usage: marginalia rm <id|title> [--data <dir>]

Moves a document to the trash with its highlights, other people's layers on it and its earlier
versions. Nothing is deleted yet: it stays in the trash for 30 days (marginalia trash), then is
deleted for good the next time the library opens.`,
  trash: `Usage: marginalia trash [list] [--json] [--data <dir>]
       marginalia trash restore <entry> [--data <dir>]

list: the deleted documents, newest first: entry id, when deleted (UTC), days left, number of
highlights and title.
restore: brings a document back from the trash with everything deleted with it; refused when the
same document is in the library again.
  --json   print JSON instead of a table`,
  list: `Usage: marginalia list [--json] [--data <dir>]

Lists the documents: id, number of highlights, title and source file.
  --json   print JSON instead of a table`,
  import: `Usage: marginalia import <file>… [--new-version-of <id|title>] [--data <dir>]

Adds plain-text (.txt), Markdown (.md), HTML (.html), EPUB (.epub) or PDF (.pdf) files to the
library, each reported; a file that is refused does not stop the others. An EPUB's chapters
become the document in reading order; a PDF's text keeps its page numbers (a scanned PDF with no
text layer is refused: run it through OCR first; DRM-protected books are refused). The same text
imported twice is recognised and not added again. A .marginalia file (a teacher's packet or a
student's hand-in) is checked whole, its document joins the library (or is matched to the copy
already there), and its annotations become its author's read-only layer; the document id is printed.
  --new-version-of <doc>   the file is a new version of <doc>: its text replaces the old one,
                           your highlights are found again on it (moved, changed and orphaned
                           ones are listed), and the old text is kept as an earlier version.`,
  packet: `Usage: marginalia packet create --doc <id|title> --author <name> [--title <text>]
                              [--instructions <text>] [--tag <tag>] --out <file.marginalia> [--force]
       marginalia packet handin --doc <id|title> --author <name> --out <file.marginalia> [--force]

create: writes your highlights, notes and questions on <doc> (all, or those tagged <tag>) as a
packet for students. Sharing the same document again keeps the packet id and raises its revision.
handin: writes your notes and answers on a packet's document as a hand-in for the teacher.
--author sets the name others see on your notes.`,
  layers: `Usage: marginalia layers --doc <id|title> [--json] [--data <dir>]

Lists the layers on a document: yours, a teacher's packet, students' hand-ins, with name, role
(own, teacher or student), number of annotations and whether they are read-only.`,
  annotations: `Usage: marginalia annotations import [<doc>] <file> [--dry-run] [--json] [--data <dir>]

Imports annotations from W3C Web Annotation JSON-LD (Marginalia's or another tool's), a
Hypothesis export or API result, a Readium/Thorium .annotation file, a Kindle "My Clippings.txt"
or a Readwise CSV export; the format is recognised from the content. With <doc> (an id or a
title) everything goes onto that document; without, each annotation goes to the document it
belongs to (by source, title, then quote). Passages are found again in the text (exactly or
approximately); what is already there is skipped; what cannot be found is kept as an orphan;
other people's annotations go to their own read-only layers.
  --dry-run   report what would be imported, writing nothing
  --json      print { format, written, documents: [{ id, title, imported, exact, approximate,
              duplicates, orphans }], unmatched, problems }`,
  search: `Usage: marginalia search <query> [--doc <id|title>] [--tag <tag>] [--json] [--data <dir>]

Searches the library: the documents' text and your highlights, notes and tags (and those of
other people's layers). Case and accents do not matter (resume finds résumé), a word may be the
start of a longer one, and small typos are forgiven. Put several words in quotes; a hit has all
of them. One line per hit: document id, title, kind (text, quote, note or tag), offset in the
document and an excerpt with the match in [brackets].
  --doc    only this document (id or title)
  --tag    only highlights with this tag
  --json   print [{ documentId, title, kind, offset, annotationId, snippet: { text, matchStart, matchEnd } }]`,
  export: `Usage: marginalia export [<doc>] --format md|json|csv --out <path> [--doc <id|title>] [--tag <t>]
                         [--template plain|obsidian|logseq|notion|citation|<your template>|<file.mustache>]
                         [--layout single|per-document] [--order reading|tag|colour]
                         [--no-notes] [--no-colours] [--no-orphans] [--hashtags] [--force] [--data <dir>]

Exports highlights with their notes and tags.
  <doc>, --doc  one document (id or title); --out is then the file to write
  --tag      only highlights with this tag
  --format   md (Markdown for Obsidian, Notion, reports) or json (W3C Web Annotation JSON-LD)
             or csv (one row per highlight, for spreadsheets)
  --template Markdown through a template: a built-in one, one of yours (in the data folder's
             templates/), or a .mustache file; implies --format md
  --out      the file to write, or with --layout per-document the folder to write into
  --layout   single (one file, the default) or per-document (one file each, plus an index for md)
  --layer    own (the default), all, or one person's name: whose annotations; others are named
  --hashtags write tags as Obsidian #hashtags where a tag can be one; any other tag (C#, q&a,
             two words) keeps its exact text, as every tag does without this flag
  --force    replace files that exist (without it nothing is written when any would be replaced)`,
};
