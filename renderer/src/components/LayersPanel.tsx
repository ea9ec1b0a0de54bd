import { layerLabel } from '../lib/layerLabels';
import type { LayerWithAnnotations } from '../lib/sidebarItems';

interface LayersPanelProps {
  /** Every layer, the own one first. */
  layers: readonly LayerWithAnnotations[];
  hidden: ReadonlySet<string>;
  onShow: (key: string, shown: boolean) => void;
  /** Opens the question view; offered when students' hand-ins are open. */
  onOpenQuestions: (() => void) | null;
  /** The teacher's packet: its title and instructions, shown to the student. */
  packet: { from: string; title: string; instructions: string } | null;
}

/** The "Layers" section: whose notes are on this reading, how many, and which are shown. */
export function LayersPanel({ layers, hidden, onShow, onOpenQuestions, packet }: LayersPanelProps) {
  return (
    <section className="layers-panel" aria-labelledby="layers-heading">
      {packet ? (
        <div className="packet-instructions">
          <p className="packet-title">
            {packet.title} <span className="muted">· from {packet.from}</span>
          </p>
          {packet.instructions.trim() !== '' ? <p className="packet-text">{packet.instructions}</p> : null}
        </div>
      ) : null}
      <h3 id="layers-heading">Layers</h3>
      <ul className="layer-list">
        {layers.map((layer) => {
          const label = layerLabel(layer);
          return (
            <li key={layer.key} className="layer-row">
              <label className="layer-toggle">
                <input type="checkbox" checked={!hidden.has(layer.key)} onChange={(event) => onShow(layer.key, event.target.checked)} />
                <span className={`layer-sample ${layer.role === 'own' ? 'layer-sample-own' : 'layer-sample-other'}`} aria-hidden="true">
                  Aa
                </span>
                <span className="layer-name">{label}</span>
                <span className="count">
                  {layer.annotations.length}
                  <span className="sr-only"> {layer.annotations.length === 1 ? 'annotation' : 'annotations'}</span>
                </span>
              </label>
              {layer.readOnly ? <span className="layer-read-only">read-only</span> : null}
            </li>
          );
        })}
      </ul>
      {onOpenQuestions ? (
        <button type="button" className="questions-button" onClick={onOpenQuestions}>
          Questions and answers…
        </button>
      ) : null}
    </section>
  );
}
