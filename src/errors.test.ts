import { describe, expect, it } from 'vitest';
import { MidadError, ValidationError } from './errors.js';

describe('error catalogue', () => {
  it('gives every error a status and a message in both languages', () => {
    const error = new ValidationError('title', 'is required');
    expect(error.status).toBe(400);
    expect(error.localizedMessage('ar')).toBe('البيانات المرسلة غير صالحة: title: is required');
    expect(error.localizedMessage('en')).toBe('The data sent is not valid: title: is required');
    expect(new MidadError('not_found').localizedMessage('ar')).toBe('الصفحة غير موجودة.');
  });
});
