import { useId } from 'react';
import type { ImportReport } from '../../../shared/api';
import { plural } from '../../../shared/text/plural';
import { documentCountLines, groupUnmatched, layerShareText, routedByText } from '../lib/importReport';

/** Longest list shown of one kind (orphans of a document, unmatched, problems); the rest are counted. */
const MAX_LISTED = 100;

function More({ total }: { total: number }) {
  return total > MAX_LISTED ? <li className="muted">and {total - MAX_LISTED} more</li> : null;
}

/** What the import does to one document: counts, whose layers get what, and the passages not found. */
function DocumentShare({ document }: { document: ImportReport['documents'][number] }) {
  const headingId = useId();
  return (
    <section className="import-document" aria-labelledby={headingId}>
      <h4 id={headingId}>“{document.title}”</h4>
      <p className="import-routed">{routedByText(document.routedBy)}</p>
      <ul className="import-counts">
        {documentCountLines(document).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {document.layers.length > 0 ? (
        <p className="import-layers">
          <span className="import-label">Goes into </span>
          {document.layers.map((layer, index) => (
            <span key={`${layer.own}-${layer.name}-${index}`} className={layer.own ? 'import-layer import-layer-own' : 'import-layer'}>
              {layerShareText(layer)}
            </span>
          ))}
        </p>
      ) : null}
      {document.orphans.length > 0 ? (
        <details className="import-list">
          <summary>Passages not found ({document.orphans.length})</summary>
          <p className="muted">They are kept as orphans, with the passage they were made on, so nothing is lost.</p>
          <ul>
            {document.orphans.slice(0, MAX_LISTED).map((orphan, index) => (
              <li key={index}>
                {orphan.quote ? <q>{orphan.quote}</q> : <span className="muted">(no passage)</span>} <span className="import-reason">{orphan.reason}</span>
              </li>
            ))}
            <More total={document.orphans.length} />
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** Annotations that matched no library document, grouped by book or page, with why. */
function Unmatched({ unmatched }: { unmatched: ImportReport['unmatched'] }) {
  const headingId = useId();
  const groups = groupUnmatched(unmatched);
  return (
    <section className="import-document import-unmatched" aria-labelledby={headingId}>
      <h4 id={headingId}>Matched no document ({unmatched.length})</h4>
      <p className="import-routed">These are left out. Add the document they belong to, then import the file again.</p>
      <ul className="import-groups">
        {groups.slice(0, MAX_LISTED).map((group, index) => (
          <li key={index}>
            <strong>{group.title ? `“${group.title}”` : 'No title'}</strong>, {plural(group.quotes.length, 'annotation')}: {group.reason}.
            <details className="import-list">
              <summary>{group.quotes.length === 1 ? 'Show the annotation' : `Show the ${group.quotes.length} annotations`}</summary>
              <ul>
                {group.quotes.slice(0, MAX_LISTED).map((quote, i) => (
                  <li key={i}>{quote ? <q>{quote}</q> : <span className="muted">(no passage or note)</span>}</li>
                ))}
                <More total={group.quotes.length} />
              </ul>
            </details>
          </li>
        ))}
        <More total={groups.length} />
      </ul>
    </section>
  );
}

/** Parts of the file that could not be read, as the importer said. */
function Problems({ problems }: { problems: readonly string[] }) {
  const headingId = useId();
  return (
    <section className="import-document import-problems" aria-labelledby={headingId}>
      <h4 id={headingId}>Could not be read ({problems.length})</h4>
      <ul>
        {problems.slice(0, MAX_LISTED).map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
        <More total={problems.length} />
      </ul>
    </section>
  );
}

/** The body of the import preview: per document, then what matched nothing, then what could not be read. */
export function ImportPreviewReport({ report }: { report: ImportReport }) {
  return (
    <>
      {report.documents.map((document) => (
        <DocumentShare key={document.documentId} document={document} />
      ))}
      {report.unmatched.length > 0 ? <Unmatched unmatched={report.unmatched} /> : null}
      {report.problems.length > 0 ? <Problems problems={report.problems} /> : null}
    </>
  );
}
