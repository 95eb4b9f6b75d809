/**
 * Words too common to find anything by: Arabic function words (prepositions, pronouns,
 * particles, demonstratives and relatives, كان and its sisters) and the English list
 * Lucene's StandardAnalyzer uses. The analyzer flags them instead of dropping them, so a
 * quoted phrase («على الطاولة», "state of the art") keeps its words in order; a bare
 * stopword in a query is ignored.
 */
import { normalizeForSearch } from './search-normalize.js';

const arabicWritten = `
في من على إلى عن مع حتى منذ مذ لدى لدي عند بين دون سوى غير نحو ضد خلال قبل بعد فوق تحت
هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك أولئك هنا هناك هنالك ثمة
الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي
هو هي هم هما هن أنا نحن أنت أنتم أنتما أنتن إياه إياها إياهم
له لها لهم لهما لنا لك لكم به بها بهم بنا فيه فيها فيهم فينا عليه عليها عليهم علينا
منه منها منهم منا عنه عنها عنهم إليه إليها إليهم معه معها معهم
أن إن أنه إنه أنها إنها أنهم إنهم لأن بأن كأن لكن لكنه ولكن لعل ليت
كان كانت كانوا كنا يكون تكون يكونون ليس ليست ليسوا صار أصبح أصبحت ظل ظلت مازال لايزال
قد لقد لا ما لم لن لما إلا أو أم ثم بل كي لكي إذا إذ إذن لو لولا أما إما كلا بلى نعم
هل كيف أين متى أي أية كم ماذا لماذا مما عما بما فيما كما مثل حيث بينما عندما
كل كلتا بعض أيضا فقط جدا ذات ذو ذي بشأن حول
ال وال بال كال فال لل و ف ب ل ك س
`;

const englishWords = `
a an and are as at be but by for if in into is it no not of on or such that the their
then there these they this to was will with
`;

const words = (list: string) => list.split(/\s+/).filter((word) => word !== '');

const arabicStopwords = new Set(words(arabicWritten).map(normalizeForSearch));
/** و or ف before a stopword that spell a word of their own: understanding, illusion, film, governor. */
const prefixedWords = new Set(['فهم', 'وهم', 'فلم', 'والي']);
const englishStopwords = new Set(words(englishWords));

/**
 * Whether a word in the search spelling is a stopword. «و» or «ف» before an Arabic
 * stopword leaves it one («وهو», «فقد», «ولم»); a lone Arabic letter is one too (the م
 * of «٢٠٢٦م», the بـ of «بـ40»).
 */
export function isStopword(word: string): boolean {
  if (englishStopwords.has(word) || arabicStopwords.has(word)) return true;
  if (/^[\u0621-\u064A]$/.test(word)) return true;
  return (
    /^[وف]/.test(word) &&
    word.length >= 3 &&
    arabicStopwords.has(word.slice(1)) &&
    !prefixedWords.has(word)
  );
}
