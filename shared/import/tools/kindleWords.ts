/**
 * Words Kindle writes in the metadata line of a clipping ("- Your Highlight on page 12 |
 * Location 100-102 | Added on …") in the languages it is sold in. They are only hints: the
 * Kindle reader classifies a line by its shape first (see kindleMetadata.ts), and a language
 * missing here still reads, with the kind guessed from the shape.
 */

/** What a clipping is, as the words of its metadata line say. */
export type KindleKind = 'highlight' | 'note' | 'bookmark';

/** Lower-case words (or parts of words) naming each kind, in English, German, French, Spanish, Italian, Portuguese, Dutch, Japanese, Chinese and Russian. */
const KIND_WORDS: ReadonlyArray<readonly [KindleKind, readonly string[]]> = [
  ['highlight', ['highlight', 'markierung', 'surlignement', 'subrayado', 'evidenziazione', 'destaque', 'markering', 'ハイライト', '标注', '標註', '划线', '劃線', '畫線', 'выделен']],
  ['note', ['note', 'notiz', 'nota', 'notitie', 'メモ', '笔记', '筆記', 'заметк']],
  ['bookmark', ['bookmark', 'lesezeichen', 'signet', 'marcador', 'segnalibro', 'bladwijzer', 'ブックマーク', '书签', '書籤', 'закладк']],
];

/** Words written before a page number ("page 12", "Seite 12", "página 12"). */
export const PAGE_WORDS_BEFORE: readonly string[] = ['page', 'seite', 'página', 'pagina', 'pág', 'страниц', 'стр.'];

/** Words written after a page number ("12ページ", "第 12 页"). */
export const PAGE_WORDS_AFTER: readonly string[] = ['ページ', '页', '頁'];

/** Words written before a location number ("Location 100", "Position 100", "位置No. 100", "в месте 100"). */
export const LOCATION_WORDS: readonly string[] = ['location', 'loc.', 'position', 'emplacement', 'posición', 'posicion', 'posizione', 'posição', 'posicao', 'locatie', 'positie', '位置', 'мест', 'позиц'];

/**
 * The kind the words of `lowerCaseLine` name, when exactly one kind is named; null when none
 * is (an unknown language) or several are (an odd line), so the caller goes by shape instead.
 */
export function kindFromWords(lowerCaseLine: string): KindleKind | null {
  let found: KindleKind | null = null;
  for (const [kind, words] of KIND_WORDS) {
    if (!words.some((word) => lowerCaseLine.includes(word))) continue;
    if (found !== null) return null;
    found = kind;
  }
  return found;
}

/** Month names (lower case, as Kindle writes them in dates) to month numbers 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ].flatMap((names) => names.map((name, i) => [name, i + 1] as const)),
);
