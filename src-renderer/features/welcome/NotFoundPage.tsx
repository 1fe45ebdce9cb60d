import { NotFoundView } from '../../components/ApiErrorView';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';

export default function NotFoundPage() {
  usePageTitle(t.errors.notFoundTitle);
  return <NotFoundView message={t.errors.pageNotFound} />;
}
