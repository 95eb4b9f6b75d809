/**
 * The article's details beside the body: address (slug, checked while typed), section, tags
 * (suggested as typed, new ones made on save), authors in order, featured image, excerpt,
 * the search result with its live preview, language, the article it translates, kind, flags,
 * and the source.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { EditorConfig, EditorFields, EditorImage } from '../editor-config.js';
import type { Api, ApiFieldError } from './api.js';
import { tr } from './i18n.js';
import { FieldError, SelectField, TextField } from './panel-fields.js';
import { AuthorsField, TagsField } from './tags-and-authors.js';
import { TranslationField } from './translation-field.js';

export interface PanelProps {
  api: Api;
  config: EditorConfig;
  articleId: number | null;
  fields: EditorFields;
  errors: ApiFieldError[];
  images: ReadonlyMap<number, EditorImage>;
  change: (fields: Partial<EditorFields>) => void;
  pickFeaturedImage: () => void;
}

function SlugField({ api, articleId, fields, errors, change }: PanelProps) {
  const id = useId();
  const [check, setCheck] = useState<{ slug: string; available: boolean } | null>(null);
  useEffect(() => {
    const slug = fields.slug.trim();
    if (slug === '') {
      setCheck(null);
      return;
    }
    const timer = setTimeout(() => {
      const query = new URLSearchParams({
        slug,
        ...(articleId ? { exceptId: String(articleId) } : {}),
      });
      api<{ slug: string; available: boolean }>('GET', `/articles/slug-check?${query}`)
        .then(setCheck)
        .catch(() => setCheck(null));
    }, 400);
    return () => clearTimeout(timer);
  }, [fields.slug, articleId]);
  const message =
    fields.slug.trim() === ''
      ? tr('editor.slug.fromTitle')
      : check === null
        ? ''
        : check.slug === ''
          ? tr('editor.slug.needsLetter')
          : check.available
            ? tr('editor.slug.available', { slug: check.slug })
            : tr('editor.slug.taken', { slug: check.slug });
  return (
    <div class="field">
      <label for={id}>{tr('editor.field.slug')}</label>
      <input
        id={id}
        name="slug"
        dir="auto"
        maxLength={200}
        value={fields.slug}
        aria-describedby={`${id}-status`}
        aria-invalid={check?.available === false || undefined}
        onInput={(event) => change({ slug: event.currentTarget.value })}
      />
      <p
        class={check?.available === false ? 'hint hint-bad' : 'hint'}
        id={`${id}-status`}
        aria-live="polite"
      >
        {message}
      </p>
      <FieldError errors={errors} name="slug" id={`${id}-error`} />
    </div>
  );
}

/** Sections in their order, subsections under their parent. */
function sectionOptions(config: EditorConfig, language: string) {
  const mine = config.sections.filter((section) => section.language === language);
  const top = mine.filter((section) => section.parentId === null);
  const options: { value: number | ''; label: string }[] = [
    { value: '', label: tr('editor.section.none') },
  ];
  for (const parent of top) {
    options.push({ value: parent.id, label: parent.name });
    for (const child of mine.filter((section) => section.parentId === parent.id)) {
      options.push({ value: child.id, label: `— ${child.name}` });
    }
  }
  return options;
}

function FeaturedImageField({ fields, images, change, pickFeaturedImage }: PanelProps) {
  const image = fields.featuredImageId === null ? null : images.get(fields.featuredImageId);
  return (
    <fieldset class="field">
      <legend>{tr('editor.field.featuredImage')}</legend>
      {image ? (
        <figure class="featured-preview">
          <img src={image.thumbnail} alt={image.alt} />
          <figcaption dir="auto">{image.alt}</figcaption>
        </figure>
      ) : (
        <p class="hint">{tr('editor.featured.none')}</p>
      )}
      <div class="button-row">
        <button type="button" class="button button-quiet" onClick={pickFeaturedImage}>
          {image ? tr('editor.featured.change') : tr('editor.featured.choose')}
        </button>
        {image && (
          <button
            type="button"
            class="icon-button"
            onClick={() => change({ featuredImageId: null })}
          >
            {tr('editor.featured.remove')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Roughly how a search engine shows the article: its cut is by width, so ours is by length. */
function SearchPreview({ config, articleId, fields }: PanelProps) {
  const title = (fields.seoTitle ?? '').trim() || fields.title.trim();
  const description = (fields.seoDescription ?? '').trim() || (fields.excerpt ?? '').trim();
  const address = `${config.publicUrl.replace(/\/$/, '')}/article/${articleId ?? '…'}/${fields.slug || '…'}`;
  const cut = (text: string, limit: number) => {
    const characters = [...text];
    if (characters.length <= limit) return text;
    const head = characters.slice(0, limit).join('');
    const atWord = head.slice(0, Math.max(head.lastIndexOf(' '), limit / 2));
    return `${atWord}…`;
  };
  return (
    <section
      class="search-preview"
      aria-label={tr('editor.seo.preview')}
      lang={fields.language}
      dir={fields.language === 'ar' ? 'rtl' : 'ltr'}
    >
      <p class="search-preview-address" dir="ltr">
        {address}
      </p>
      <p class="search-preview-title">
        {cut(`${title || tr('editor.seo.untitled')} | ${config.siteName}`, 60)}
      </p>
      <p class="search-preview-description">
        {cut(description || tr('editor.seo.noDescription'), 155)}
      </p>
    </section>
  );
}

const articleTypes = ['news', 'analysis', 'opinion', 'interview', 'report'] as const;

export function MetadataPanel(props: PanelProps) {
  const { fields, errors, change, config } = props;
  return (
    <aside class="editor-panel" aria-label={tr('editor.panel')}>
      <SlugField {...props} />
      <SelectField
        label="editor.field.section"
        value={fields.sectionId}
        options={sectionOptions(config, fields.language)}
        onChange={(value) => change({ sectionId: value === '' ? null : Number(value) })}
      />
      <TagsField {...props} />
      <AuthorsField {...props} />
      <FeaturedImageField {...props} />
      <TextField
        name="excerpt"
        label="editor.field.excerpt"
        hint="editor.hint.excerpt"
        value={fields.excerpt}
        errors={errors}
        multiline
        maxLength={1000}
        onInput={(excerpt) => change({ excerpt })}
      />
      <details class="panel-group" open>
        <summary>{tr('editor.group.seo')}</summary>
        <TextField
          name="seoTitle"
          label="editor.field.seoTitle"
          value={fields.seoTitle}
          errors={errors}
          maxLength={200}
          onInput={(seoTitle) => change({ seoTitle })}
        />
        <TextField
          name="seoDescription"
          label="editor.field.seoDescription"
          value={fields.seoDescription}
          errors={errors}
          multiline
          maxLength={400}
          onInput={(seoDescription) => change({ seoDescription })}
        />
        <SearchPreview {...props} />
      </details>
      <details class="panel-group">
        <summary>{tr('editor.group.more')}</summary>
        <SelectField
          label="editor.field.language"
          value={fields.language}
          options={[
            { value: 'ar', label: tr('editor.language.ar') },
            { value: 'en', label: tr('editor.language.en') },
          ]}
          onChange={(value) =>
            // The original was in the other language: in the new one it is no longer that.
            change({
              language: value === 'en' ? 'en' : 'ar',
              sectionId: null,
              translationOfId: null,
            })
          }
        />
        <TranslationField {...props} />
        <SelectField
          label="editor.field.type"
          value={fields.type}
          options={articleTypes.map((type) => ({ value: type, label: tr(`editor.type.${type}`) }))}
          onChange={(value) => change({ type: value as EditorFields['type'] })}
        />
        <div class="field checkbox">
          <input
            type="checkbox"
            id="is-breaking"
            checked={fields.isBreaking}
            onChange={(event) => change({ isBreaking: event.currentTarget.checked })}
          />
          <label for="is-breaking">{tr('editor.field.isBreaking')}</label>
        </div>
        <div class="field checkbox">
          <input
            type="checkbox"
            id="is-featured"
            checked={fields.isFeatured}
            onChange={(event) => change({ isFeatured: event.currentTarget.checked })}
          />
          <label for="is-featured">{tr('editor.field.isFeatured')}</label>
        </div>
        <TextField
          name="sourceName"
          label="editor.field.sourceName"
          value={fields.sourceName}
          errors={errors}
          maxLength={200}
          onInput={(sourceName) => change({ sourceName })}
        />
        <TextField
          name="sourceUrl"
          label="editor.field.sourceUrl"
          value={fields.sourceUrl}
          errors={errors}
          type="url"
          maxLength={2000}
          onInput={(sourceUrl) => change({ sourceUrl })}
        />
      </details>
    </aside>
  );
}
