import { useState } from 'react';
import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api';
import type { Indicator } from '../../api/types';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { CatalogueView } from './CatalogueView';
import { ReviseModal } from './ReviseModal';

export default function CataloguePage() {
  usePageTitle(t.catalogue.title);
  const { catalogueId } = useParams();
  const navigate = useNavigate();
  const catalogue = useApiQuery('catalogue.get', catalogueId ? { id: catalogueId } : {});
  const versions = useApiQuery('catalogue.list', {});
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const revise = useApiMutation('catalogue.revise', {
    onSuccess: (c) => {
      setEditing(null);
      setNotice(t.catalogue.revised(c.version));
      if (catalogueId) navigate('/catalogue');
    },
  });

  if (catalogue.isError) return <ApiErrorView error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  if (catalogue.isPending) return <PageSkeleton rows={8} />;
  const latestVersion = versions.data?.find((v) => v.isLatest && v.code === catalogue.data.code)?.version;

  return (
    <>
      {notice && (
        <Alert color="green" variant="light" role="status" mb="md" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <CatalogueView
        catalogue={catalogue.data}
        versions={versions.data?.filter((v) => v.code === catalogue.data.code)}
        latestVersion={latestVersion}
        onRevise={(item) => {
          revise.reset();
          setNotice(null);
          setEditing(item);
        }}
      />
      <ReviseModal
        indicator={editing}
        submitting={revise.isPending}
        error={revise.error}
        onClose={() => setEditing(null)}
        onSubmit={(values) =>
          revise.mutate({
            catalogueId: catalogue.data.id,
            note: values.note,
            changes: [{ no: editing!.no, text: values.text, confirmed: values.confirmed }],
          })
        }
      />
    </>
  );
}
