import { Alert, Anchor, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';
import type { PackingSlip } from '../../../shared/contract';
import { pdfBlobFromBase64 } from './pack-texts';

/**
 * The packing slip as a PDF preview, until the printing issue gives the bench a printer.
 * Asked for only while open, and again each time (the order may have a new parcel since).
 */
export function PackingSlipModal({
  fulfilmentId,
  opened,
  onClose,
}: {
  fulfilmentId: string;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Packing slip" size="xl" centered>
      {opened && <SlipPreview fulfilmentId={fulfilmentId} />}
    </Modal>
  );
}

function SlipPreview({ fulfilmentId }: { fulfilmentId: string }) {
  const slip = useStationQuery('pack.slip', { fulfilmentId }, { gcTime: 0, staleTime: 0 });
  return (
    <QueryView query={slip} what="the packing slip">
      {(data) => <SlipFrame slip={data} />}
    </QueryView>
  );
}

function SlipFrame({ slip }: { slip: PackingSlip }) {
  const [url, setUrl] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const made = URL.createObjectURL(pdfBlobFromBase64(slip.pdfBase64));
    // A page policy without `frame-src blob:` refuses the preview; say so instead of a grey box.
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.effectiveDirective === 'frame-src') setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    setUrl(made);
    return () => {
      document.removeEventListener('securitypolicyviolation', onViolation);
      URL.revokeObjectURL(made);
    };
  }, [slip.pdfBase64]);
  if (url === null) return null;
  return (
    <Stack gap="sm" data-testid="pack-slip-preview">
      {blocked ? (
        <Alert color="orange" data-testid="pack-slip-blocked">
          This station cannot show the preview here. Save the PDF and open it to print.
        </Alert>
      ) : (
        <iframe
          src={url}
          title={`Packing slip ${slip.fileName}`}
          style={{ width: '100%', height: '70vh', border: 0 }}
          data-testid="pack-slip-frame"
        />
      )}
      <Text>
        <Anchor href={url} download={slip.fileName} data-testid="pack-slip-download">
          Save {slip.fileName}
        </Anchor>
      </Text>
    </Stack>
  );
}
