import { Image, Modal, Text } from '@mantine/core';
import { useStationQuery } from '../../api/react/use-station-query';
import { QueryView } from '../../components/query-view';

/** The label as it prints, drawn from its ZPL at the station. */
export function LabelPreviewModal({
  shipmentId,
  onClose,
}: {
  shipmentId: string | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={shipmentId !== null} onClose={onClose} title="Label preview" size="lg" centered>
      {shipmentId && <Preview shipmentId={shipmentId} />}
    </Modal>
  );
}

function Preview({ shipmentId }: { shipmentId: string }) {
  const preview = useStationQuery('ship.preview', { shipmentId }, { gcTime: 0 });
  return (
    <QueryView query={preview} what="the label preview">
      {(png) => (
        <>
          <Image
            src={`data:image/png;base64,${png.pngBase64}`}
            alt="Shipping label"
            fit="contain"
            mah="70vh"
            bd="1px solid var(--mantine-color-gray-4)"
            data-testid="ship-label-preview"
          />
          <Text size="xs" c="dimmed">
            4×6 in at {png.dpi} dpi ({png.widthPx}×{png.heightPx} dots)
          </Text>
        </>
      )}
    </QueryView>
  );
}
