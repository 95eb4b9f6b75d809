/** The document head: metadata for browsers, search engines and social cards. */
import { absoluteUrl, heightAt, mediaUrl } from '../paths.js';
import type { PageContext } from '../view-models.js';
import { JsonLdScript } from './json-ld.js';
import { pageTitle, type PageMeta } from './page-meta.js';
import { largestWidth } from './picture.js';

const ogLocales = { ar: 'ar_AR', en: 'en_US' } as const;

export function Head({ context, meta }: { context: PageContext; meta: PageMeta }) {
  const title = pageTitle(context, meta.name);
  const siteName = context.settings.siteName[context.language];
  const image = meta.image;
  const imageUrl = image
    ? absoluteUrl(context.publicUrl, mediaUrl(image, largestWidth(image), 'jpeg'))
    : null;
  const imageHeight = image ? heightAt(image, largestWidth(image)) : null;
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {meta.description && <meta name="description" content={meta.description} />}
      {/* Search engines may show large previews of the images of pages they may index. */}
      <meta name="robots" content={meta.isIndexable ? 'max-image-preview:large' : 'noindex'} />
      <meta name="color-scheme" content="light dark" />
      <link rel="stylesheet" href={context.stylesheetHref} />
      {context.fontPreloads.map((href) => (
        <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
      ))}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      {meta.canonicalUrl && <link rel="canonical" href={meta.canonicalUrl} />}
      {meta.previousUrl && <link rel="prev" href={meta.previousUrl} />}
      {meta.nextUrl && <link rel="next" href={meta.nextUrl} />}
      {meta.alternates.map((alternate) => (
        <link rel="alternate" hreflang={alternate.hreflang} href={alternate.href} />
      ))}
      {meta.feeds.map((feed) => (
        <link rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
      ))}
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={ogLocales[context.language]} />
      <meta property="og:type" content={meta.ogType} />
      <meta property="og:title" content={meta.name} />
      {meta.description && <meta property="og:description" content={meta.description} />}
      {meta.canonicalUrl && <meta property="og:url" content={meta.canonicalUrl} />}
      {image && imageUrl && (
        <>
          <meta property="og:image" content={imageUrl} />
          <meta property="og:image:width" content={String(largestWidth(image))} />
          <meta property="og:image:height" content={String(imageHeight)} />
          <meta property="og:image:alt" content={image.alt} />
        </>
      )}
      {meta.articleProperties.map((item) => (
        <meta property={item.property} content={item.content} />
      ))}
      <meta name="twitter:card" content={imageUrl ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={meta.name} />
      {meta.description && <meta name="twitter:description" content={meta.description} />}
      {image && imageUrl && (
        <>
          <meta name="twitter:image" content={imageUrl} />
          <meta name="twitter:image:alt" content={image.alt} />
        </>
      )}
      {meta.jsonLd.map((data) => (
        <JsonLdScript data={data} />
      ))}
    </head>
  );
}
