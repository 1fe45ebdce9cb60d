// The Vietnamese message to show for a failed live action: a field's own message names the field
// and says what is wrong, so it wins over the envelope's general one.
import { isApiError } from '../../../api';
import { t } from '../../../i18n';

export function errorText(error: unknown): string {
  if (isApiError(error)) return error.issues[0]?.message ?? error.message;
  return t.errors.unexpected;
}
