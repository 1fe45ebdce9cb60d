// Field builders that carry a Vietnamese label, so every validation message names the field in the
// words the user sees on screen and says how to fix it. Text is NFC-normalised and trimmed here,
// once, at the door: the core never sees decomposed Vietnamese.
import { z } from 'zod';

// C0 controls except tab/newline/carriage return, DEL, C1 controls, and lone surrogates.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const typeError = (label: string, expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `Thiếu trường «${label}».` : `«${label}» phải là ${expected}.`;

interface TextOptions {
  max: number;
  /** Allow line breaks (statements, notes); single-line fields reject them. */
  multiline?: boolean;
}

function baseText(label: string, { max, multiline = false }: TextOptions) {
  return z
    .string({ error: typeError(label, 'văn bản') })
    .refine((s) => !LONE_SURROGATE.test(s), `«${label}» chứa ký tự hỏng; hãy gõ lại nội dung.`)
    .normalize('NFC')
    .trim()
    .max(max, `«${label}» quá dài: tối đa ${max} ký tự; hãy rút gọn.`)
    .refine((s) => !CONTROL_CHARS.test(s), `«${label}» chứa ký tự điều khiển không hợp lệ; hãy xoá và gõ lại.`)
    .refine(
      (s) => multiline || !/[\r\n]/.test(s),
      `«${label}» chỉ được viết trên một dòng; hãy bỏ dấu xuống dòng.`,
    );
}

/** A required text: empty or blank is refused. */
export function requiredText(label: string, options: TextOptions) {
  return baseText(label, options).refine((s) => s.length > 0, `«${label}» không được để trống.`);
}

/** A text field of a partial update: left out means "keep what is stored" (no default applied). */
export function partialText(label: string, options: TextOptions) {
  return baseText(label, options).optional();
}

/** An optional text: empty string means "not given". */
export function optionalText(label: string, options: TextOptions) {
  return baseText(label, options).default('');
}

export function idOf(label: string) {
  return z
    .string({ error: typeError(label, 'mã định danh dạng văn bản') })
    .min(1, `Thiếu mã «${label}».`)
    .max(64, `Mã «${label}» không hợp lệ.`)
    .regex(/^[A-Za-z0-9_-]+$/, `Mã «${label}» không hợp lệ.`);
}

export function integer(label: string, min: number, max: number) {
  return z
    .number({ error: typeError(label, 'số') })
    .int(`«${label}» phải là số nguyên.`)
    .min(min, `«${label}» phải từ ${min} đến ${max}.`)
    .max(max, `«${label}» phải từ ${min} đến ${max}.`);
}

export function boolean(label: string) {
  return z.boolean({ error: typeError(label, 'đúng hoặc sai') });
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T, names: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? `Thiếu trường «${label}».` : `«${label}» phải là một trong: ${names}.`,
  });
}

export function isoDate(label: string) {
  return z
    .string({ error: typeError(label, 'ngày') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `«${label}» phải là ngày hợp lệ (năm-tháng-ngày).`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `«${label}» không phải là ngày có thật; hãy kiểm tra ngày và tháng.`);
}

export function clockTime(label: string) {
  return z
    .string({ error: typeError(label, 'giờ') })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `«${label}» phải là giờ dạng 08:00.`);
}

export function listOf<T extends z.ZodType>(label: string, item: T, max: number) {
  return z
    .array(item, { error: typeError(label, 'danh sách') })
    .max(max, `«${label}» có quá nhiều mục: tối đa ${max}.`);
}

/** An object; `label` names it when it sits inside a list or another object. */
export function object<T extends z.ZodRawShape>(shape: T, label?: string) {
  return z.object(shape, {
    error: (issue) => {
      if (label) return issue.input === undefined ? `Thiếu «${label}».` : `Mỗi mục «${label}» phải có đủ các trường.`;
      return issue.input === undefined ? 'Thiếu dữ liệu gửi lên.' : 'Dữ liệu gửi lên phải là một đối tượng.';
    },
  });
}
