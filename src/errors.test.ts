import { describe, expect, it } from 'vitest';
import { MidadError, presentError, ValidationError } from './errors.js';

const moment = (date: Date) => date.toISOString();

describe('error catalogue', () => {
  it('names the field, the rule and its limit, in the reader’s language', () => {
    const error = new ValidationError([
      { field: 'title', rule: 'required' },
      { field: 'seoTitle', rule: 'too_long', params: { limit: 200 } },
    ]);
    expect(error.status).toBe(400);
    expect(presentError(error, 'ar', moment)).toEqual({
      code: 'invalid_input',
      message: 'البيانات المرسلة غير صالحة؛ صحّح الحقول المذكورة وأعد المحاولة.',
      fields: [
        { field: 'title', rule: 'required', params: {}, message: 'العنوان: هذا الحقل مطلوب.' },
        {
          field: 'seoTitle',
          rule: 'too_long',
          params: { limit: 200 },
          message: 'عنوان محركات البحث: ٢٠٠ حرف على الأكثر.',
        },
      ],
    });
    expect(presentError(error, 'en', moment).fields?.[1]?.message).toBe(
      'Search title: at most 200 characters.',
    );
  });

  it('writes moments and message parameters through the caller', () => {
    const error = new MidadError(
      'version_conflict',
      { savedBy: 'ليلى حداد', savedAt: new Date('2026-12-02T10:00:00Z') },
      { currentVersion: 4 },
    );
    expect(error.status).toBe(409);
    const presented = presentError(error, 'ar', () => '٢ كانون الأول ١٢:٠٠');
    expect(presented.message).toContain(
      'حفظ ليلى حداد نسخة أحدث من هذا المقال (٢ كانون الأول ١٢:٠٠)',
    );
    expect(presented.currentVersion).toBe(4);
    const transition = new MidadError('transition_not_allowed', {
      action: { message: 'action.publish' },
      status: { message: 'status.archived' },
    });
    expect(presentError(transition, 'ar', moment).message).toBe(
      'الإجراء «نشر» غير متاح لمقال حالته «مؤرشف».',
    );
  });

  it('uses a field’s own path when it has no label', () => {
    const error = ValidationError.of('links.0.url', 'unsafe_url', { allowsMail: 'yes' });
    expect(presentError(error, 'en', moment).fields?.[0]?.message).toBe(
      'Links: must be a link starting with http:// or https:// or mailto:.',
    );
    expect(
      presentError(ValidationError.of('x-y', 'required'), 'en', moment).fields?.[0]?.message,
    ).toBe('x-y: this field is required.');
  });
});
