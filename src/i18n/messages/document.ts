/**
 * The words an article body shows around its content on the public site: the label of a
 * table's scrolling frame, and the stand-ins for embedded videos and posts that load nothing
 * from their sites until the reader asks.
 */

export const ar = {
  'document.table': 'جدول',
  'document.videoTitle': 'فيديو من يوتيوب',
  'document.watchOnYoutube': 'شاهد الفيديو على يوتيوب',
  'document.viewPostOnX': 'اعرض المنشور على إكس',
} as const;

export const en: Record<keyof typeof ar, string> = {
  'document.table': 'Table',
  'document.videoTitle': 'YouTube video',
  'document.watchOnYoutube': 'Watch on YouTube',
  'document.viewPostOnX': 'View the post on X',
};
