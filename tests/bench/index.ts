/**
 * `npm run bench`: prints the figures each issue asks for. Pass names to run a subset:
 * `npm run bench -- database crash`.
 */
import { anchoringBenchmark } from './anchoring.bench';
import { booksBenchmark } from './books.bench';
import { crashBenchmark } from './crash.bench';
import { databaseBenchmark } from './database.bench';
import { exportBenchmark } from './export.bench';
import { findBenchmark } from './find.bench';
import { importsBenchmark } from './imports.bench';
import { openBenchmark } from './open.bench';
import { paintBenchmark } from './paint.bench';
import { parsersBenchmark } from './parsers.bench';
import { searchBenchmark } from './search.bench';
import { statsBenchmark } from './stats.bench';
import { templatesBenchmark } from './templates.bench';

const suites: Record<string, () => Promise<void>> = {
  paint: paintBenchmark,
  database: databaseBenchmark,
  export: exportBenchmark,
  crash: () => crashBenchmark(),
  parsers: parsersBenchmark,
  imports: importsBenchmark,
  anchoring: anchoringBenchmark,
  search: searchBenchmark,
  stats: statsBenchmark,
  find: findBenchmark,
  books: booksBenchmark,
  open: openBenchmark,
  templates: templatesBenchmark,
};

const wanted = process.argv.slice(2).filter((a) => a in suites);
console.log(`Marginalia benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) await suites[name]!();
