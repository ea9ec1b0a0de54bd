import type { DocumentStatistics, TagStatistics } from '../../../shared/statistics/types';
import { ColorBar } from './StatisticsCharts';

function shortDate(iso: string | null): string {
  if (iso === null) return '—';
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** By document: highlights, colours, notes and tags of each annotated document; a title opens it. */
export function DocumentTable({ documents, onOpenDocument }: { documents: readonly DocumentStatistics[]; onOpenDocument: (documentId: string) => void }) {
  return (
    <section className="stat-section" aria-labelledby="stat-documents-heading">
      <h2 id="stat-documents-heading">By document</h2>
      <table className="stat-table">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col" className="stat-number">Highlights</th>
            <th scope="col">Colours</th>
            <th scope="col" className="stat-number">Notes</th>
            <th scope="col">Tags</th>
            <th scope="col">Last annotated</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.documentId}>
              <th scope="row">
                <button type="button" className="stat-link" onClick={() => onOpenDocument(d.documentId)}>
                  {d.title}
                </button>
              </th>
              <td className="stat-number">{d.total}</td>
              <td>
                <ColorBar counts={d.byColor} label={`Colours in “${d.title}”`} />
              </td>
              <td className="stat-number">{d.notes}</td>
              <td>
                {d.tags.length > 0 ? (
                  <ul className="stat-tag-list">
                    {d.tags.map((t) => (
                      <li key={t.tag}>
                        {t.tag} ({t.count})
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
              <td>{shortDate(d.lastAnnotated)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** By tag: how many highlights carry each tag, in which colours, across how many documents. */
export function TagTable({ tags }: { tags: readonly TagStatistics[] }) {
  return (
    <section className="stat-section" aria-labelledby="stat-tags-heading">
      <h2 id="stat-tags-heading">By tag</h2>
      {tags.length === 0 ? (
        <p className="muted">No highlight has a tag yet. Add tags to a highlight in the reader’s sidebar.</p>
      ) : (
        <table className="stat-table">
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col" className="stat-number">Highlights</th>
              <th scope="col">Colours</th>
              <th scope="col" className="stat-number">Documents</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((t) => (
              <tr key={t.tag}>
                <th scope="row">{t.tag}</th>
                <td className="stat-number">{t.count}</td>
                <td>
                  <ColorBar counts={t.byColor} label={`Colours tagged “${t.tag}”`} />
                </td>
                <td className="stat-number">{t.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
